import type { Partner } from '../../../data/codes';

/** What is known about each partner's gap, in our words, from data/README.md. */
const PARTNER_NOTES: Record<Partner, string> = {
  KAZ: 'China’s figures run about a third above Kazakhstan’s, mostly on China’s export side; Kazakhstan’s sales to China are recorded much alike by both.',
  KGZ: 'China’s figures are three to four times Kyrgyzstan’s. China counts goods by their declared destination, so goods crossing Kyrgyzstan on their way to Kazakhstan, Uzbekistan or Russia are recorded as exports to Kyrgyzstan; shuttle and informal trade goes partly unrecorded on the Kyrgyz side, and re-routing since 2022 widened the gap.',
  TJK: 'China’s figures are about twice Tajikistan’s. Tajik customs cite different methods and equipment that Chinese contractors bring in temporarily, which China records as exports.',
  TKM: 'Turkmenistan publishes no bilateral trade statistics: its side here is a mirror estimate built from China’s figures, so the two sides agree by construction.',
  UZB: 'The totals are close, but the split into exports and imports differs. Uzbekistan’s own figures before 2017 come from national tables or are marked uncertain.',
};

/** Why the two sides' statistics of the same trade differ: the general reasons, then this partner's case. */
export function MirrorNote({ partner, partnerName }: { partner: Partner; partnerName: string }) {
  return (
    <aside className="mirror-note" aria-label="Why the two sides differ">
      <h3>Why China’s and {partnerName}’s figures differ</h3>
      <p>
        The same goods are counted twice, at each border, and the counts need not match. The exporter values goods at
        its border (FOB); the importer adds freight and insurance (CIF), a few per cent more. Goods in transit or
        re-exported are booked to the declared destination, not the final buyer. Shipments that cross the year end fall
        in different years, and informal or shuttle trade goes partly unrecorded.
      </p>
      <p>{PARTNER_NOTES[partner]}</p>
      <p className="mirror-note-key">
        Hollow points and “estimate” or “uncertain” in the table mark figures that are not the reporter’s own or that
        rest on an approximate source; hover a point to see which.
      </p>
    </aside>
  );
}
