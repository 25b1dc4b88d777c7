// The iframe embed (embed.html). Filled in next.
export {};
