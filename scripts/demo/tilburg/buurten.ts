/** The Tilburg buurt codes (CBS 2015) the demo content refers to, by name. */
export const TILBURG = {
  korvel: 'BU08550107', // WK085501 Oud-Zuid
  deHasselt: 'BU08550202', // WK085502 Oud-Noord
  hetGoirke: 'BU08550203',
  wandelbosNoord: 'BU08550304', // WK085503 West
  stokhasseltNoord: 'BU08550402', // WK085504 Noord
  groenewoud: 'BU08550601', // WK085506 Zuid
  enschot: 'BU08550701', // WK085507 Berkel-Enschot
  gesworenHoek: 'BU08550801', // WK085508 Reeshof
  huibeven: 'BU08550802',
  heerevelden: 'BU08550803',
  campenhoef: 'BU08550804',
  tuindorpDeKievit: 'BU08550805',
  dalem: 'BU08550807',
  koolhoven: 'BU08550808',
  witbrant: 'BU08550809',
  udenhout: 'BU08550900', // WK085509 Udenhout
} as const;
