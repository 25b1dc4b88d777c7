/**
 * The Content-Security-Policy source that allows one inline `<script>` or `<style>`:
 * `'sha256-…'` of its exact text. Web Crypto, so it runs in the page and in Node alike.
 *
 *   await cspHash('console.log(1)');   // "'sha256-…'"
 */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
