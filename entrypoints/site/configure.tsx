// The embed configurator (configure.html). Filled in next.
export {};
