/**
 * The method in brief, in the page: what data/README.md explains at length (reporters, flows, estimates,
 * the gaps between mirror figures). Our own summary; the README is the reference for contributors.
 */
export const METHOD_SECTIONS: readonly { heading: string; paragraphs: readonly string[] }[] = [
  {
    heading: 'Two reporters, both kept',
    paragraphs: [
      'Every trade figure says whose statistics it is. China’s customs (the General Administration of Customs, directly or through the IMF’s Direction of Trade Statistics with China as reporter) is one side; the state’s own statistics office is the other. Where the office publishes a figure, it comes first; IMF figures with the state as reporter fill the years before, and official releases quoted by the press the latest years.',
      'Turkmenistan publishes no trade statistics by partner: its side is a mirror estimate built from its partners’ figures, always marked as an estimate.',
    ],
  },
  {
    heading: 'Flows named from China’s side',
    paragraphs: [
      'China’s exports are goods going from China to the state (on the state’s side, its imports from China); China’s imports go the other way; the total is both. All values are current US dollars. A part-year figure (January–October, say) is always from January and is never compared with a whole year.',
    ],
  },
  {
    heading: 'Why the two sides differ',
    paragraphs: [
      'Exporters value goods at the border, importers with freight and insurance, so some gap is normal. The gaps here are far larger: goods that China records as bound for Kyrgyzstan travel on to its neighbours and Russia, shuttle trade goes unrecorded, and equipment brought in by Chinese contractors is counted by one side only. The dashboard shows the gap; it does not correct it.',
    ],
  },
  {
    heading: 'Estimates, derived and uncertain figures',
    paragraphs: [
      'An estimate is not the reporter’s own figure (an IMF estimate, a mirror figure). A derived figure is computed by us, such as a total from its two flows or the five states summed. Uncertain means an approximate wording, an inferred basis or a series known to be implausible; each such figure’s note says why. No level is ever worked back from a growth rate: a year without a published figure stays empty.',
    ],
  },
  {
    heading: 'Revisions',
    paragraphs: [
      'Every change to a published figure or event since the first release is listed, with the old and new value, the reason and the source; a revised figure says so in its tooltip and its table row.',
    ],
  },
];
