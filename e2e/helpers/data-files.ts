import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CountriesFile, EventsFile, PartnersFile, TradeFile } from '../../src/data/schemas';

/** A data file as a spec reads it from disk, to take its expectations from the data being served. */
export function readDataFile(dir: string, file: 'trade.json'): TradeFile;
export function readDataFile(dir: string, file: 'events.json'): EventsFile;
export function readDataFile(dir: string, file: 'countries.json'): CountriesFile;
export function readDataFile(dir: string, file: 'partners.json'): PartnersFile;
export function readDataFile(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
}

/** China's annual totals with a partner, in year order. */
export function chinaTotals(trade: TradeFile, partner: string) {
  return trade.observations
    .filter((o) => o.partner === partner && o.period === 'annual' && o.reporter === 'china' && o.flow === 'total')
    .sort((a, b) => a.year - b.year);
}
