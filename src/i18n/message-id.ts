/*
 * Every message's id, typed from the English catalogue: `t('map.title')` fails to compile when no English
 * message has that id. Ids are the file's name (its namespace) and the key within it.
 */
import type app from './messages/en/app.json';
import type common from './messages/en/common.json';
import type compare from './messages/en/compare.json';
import type data from './messages/en/data.json';
import type domain from './messages/en/domain.json';
import type exports from './messages/en/exports.json';
import type map from './messages/en/map.json';
import type timeline from './messages/en/timeline.json';
import type trade from './messages/en/trade.json';

type Ids<Namespace extends string, Catalogue> = `${Namespace}.${Extract<keyof Catalogue, string>}`;

export type MessageId =
  | Ids<'app', typeof app>
  | Ids<'common', typeof common>
  | Ids<'compare', typeof compare>
  | Ids<'data', typeof data>
  | Ids<'domain', typeof domain>
  | Ids<'exports', typeof exports>
  | Ids<'map', typeof map>
  | Ids<'timeline', typeof timeline>
  | Ids<'trade', typeof trade>;
