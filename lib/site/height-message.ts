/** The type of the message embed.html posts to its parent with its height (docs/site.md). */
export const HEIGHT_MESSAGE = 'kinderwerk-kaart:height';
