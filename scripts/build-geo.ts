/**
 * Builds data/central-asia.topo.json: the countries of Natural Earth 1:50m (world-atlas@2) around
 * Central Asia, clipped to one lon/lat box, as a small TopoJSON topology with one object, `countries`.
 *
 *   npx tsx scripts/build-geo.ts           # writes the file
 *   npx tsx scripts/build-geo.ts --check   # exits 1 if the committed file is not what would be written
 *
 * Pipeline: decode world-atlas → keep every country that reaches into CLIP_BOX → clip each polygon to
 * the box (planar, in degrees) → rewind to d3-geo's orientation → topojson-server `topology` (arcs are
 * shared again because neighbours are clipped at bit-identical points) → presimplify with spherical
 * triangle areas → simplify (rings never collapse below a triangle) → quantize → compact JSON.
 * Same input, same bytes: nothing here depends on time, locale or hash order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/**
 * [west, south, east, north] in degrees. 36°E rather than 44°E: a map fitted tightly to the five states
 * (conic equal-area, parallels 35/50, centre 75°E) shows down to ~41.5°E at 1400 × 900 and ~38.4°E at
 * 1600 × 900 in its top-left corner, which must be land, not the cut. 62°N: the parallels of the conic
 * dip at the central meridian, so the top edge of the map reaches well north of Kazakhstan (55.4°N).
 * 110°E: the map's top-right corner (src/geo/map-projection.ts, wide layout) lies near 107°E, 55°N.
 */
export const CLIP_BOX = [36, 24, 110, 62] as const;
/** Visvalingam threshold in steradians: ≈ 0.25 px² when the five states fill a 1400 × 900 map (1 px ≈ 2.8 km). */
export const MIN_WEIGHT = 5e-8;
/** Grid steps per axis after simplification: 70° / 1e4 = 0.007° of longitude (≈ 0.5 km, ≈ 0.2 px at 1400 px). */
export const QUANTIZATION = 1e4;
/** The budget for the committed file, gzipped. */
export const MAX_GZIP_BYTES = 60 * 1024;
/** Points inserted along the box's parallels (a long straight lon/lat edge would be drawn as a great circle). */
const DENSIFY_STEP_DEGREES = 1;

/** The five Central Asian states and China: they must always be present. */
export const CORE_COUNTRIES = {
  '398': 'KAZ',
  '417': 'KGZ',
  '762': 'TJK',
  '795': 'TKM',
  '860': 'UZB',
  '156': 'CHN',
} as const;

/** ISO 3166-1 numeric → alpha-3 for every country that can reach into CLIP_BOX. */
export const ISO3_BY_NUMERIC: Readonly<Record<string, string>> = {
  ...CORE_COUNTRIES,
  '004': 'AFG',
  '031': 'AZE',
  '048': 'BHR',
  '050': 'BGD',
  '051': 'ARM',
  '064': 'BTN',
  '104': 'MMR',
  '268': 'GEO',
  '356': 'IND',
  '364': 'IRN',
  '368': 'IRQ',
  '400': 'JOR',
  '414': 'KWT',
  '422': 'LBN',
  '496': 'MNG',
  '512': 'OMN',
  '524': 'NPL',
  '586': 'PAK',
  '634': 'QAT',
  '643': 'RUS',
  '682': 'SAU',
  '760': 'SYR',
  '784': 'ARE',
  '792': 'TUR',
  '804': 'UKR',
};

/**
 * Natural Earth areas without an ISO code that lie in the box. They are kept (dropping them would
 * leave a hole), without `id` and with `iso3: null`.
 */
const UNCODED_AREAS = new Set(['Siachen Glacier']);

export interface CountryProperties {
  name: string;
  iso3: string | null;
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
}>;

export interface BuildResult {
  topology: CountriesTopology;
  /** The exact file contents (compact JSON, trailing newline). */
  json: string;
  bytes: number;
  gzipBytes: number;
  /** What was kept, in output order. */
  countries: { id: string | undefined; iso3: string | null; name: string }[];
}

type Point = [number, number];
type Ring = Point[]; // closed: first point === last point
type Poly = Ring[]; // [exterior, ...holes]

// ---------------------------------------------------------------------------------------------
// Planar geometry helpers (degrees, x = lon, y = lat, y up)

/** list[i], or a thrown error: the data is never meant to be short. */
function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`build-geo: index ${i} out of range (${list.length})`);
  return value;
}

/** Twice the signed area; > 0 for counter-clockwise rings. */
function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = at(ring, i - 1);
    const [x1, y1] = at(ring, i);
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function pointInRing(p: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 1; i < ring.length; i++) {
    const [xi, yi] = at(ring, i);
    const [xj, yj] = at(ring, i - 1);
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function toPoint(position: Position): Point {
  const [x, y] = position;
  if (x === undefined || y === undefined) throw new Error('build-geo: position without two coordinates');
  return [x, y];
}

/** Closed ring without consecutive duplicates, or null if it has no area left. */
function cleanRing(points: Point[]): Ring | null {
  const ring: Ring = [];
  for (const p of points) {
    const last = ring[ring.length - 1];
    if (!last || !samePoint(last, p)) ring.push(p);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && !samePoint(first, last)) ring.push(first);
  return ring.length >= 4 && signedArea2(ring) !== 0 ? ring : null;
}

/** Exterior counter-clockwise, holes clockwise (planar, y up). */
function orientPlanar(poly: Poly): Poly {
  return poly.map((ring, i) => {
    const ccw = signedArea2(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

// ---------------------------------------------------------------------------------------------
// Clipping a polygon to a half-plane, keeping shared borders bit-identical between neighbours.

interface HalfPlane {
  /** 0: the boundary is a meridian (x = value); 1: a parallel (y = value). */
  axis: 0 | 1;
  value: number;
  /** Keep the side where coordinate ≥ value (true) or ≤ value (false). */
  keepGreater: boolean;
}

interface Chain {
  points: Point[];
  /** Position of the entry / exit point along the boundary line. */
  entryT: number;
  exitT: number;
  next?: Chain;
}

/** Where segment a–b crosses the line; independent of the segment's direction (neighbours walk it reversed). */
function intersect(a: Point, b: Point, { axis, value }: HalfPlane): Point {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
  const other = axis === 0 ? 1 : 0;
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  const out: Point = [0, 0];
  out[axis] = value;
  out[other] = p[other] + t * (q[other] - p[other]);
  return out;
}

/** Points strictly between two positions on a parallel, at whole multiples of DENSIFY_STEP_DEGREES. */
function densify(fromX: number, toX: number, y: number): Point[] {
  const points: Point[] = [];
  const step = DENSIFY_STEP_DEGREES;
  if (fromX < toX) {
    for (let x = Math.floor(fromX / step + 1) * step; x < toX; x += step) if (x > fromX) points.push([x, y]);
  } else {
    for (let x = Math.ceil(fromX / step - 1) * step; x > toX; x -= step) if (x < fromX) points.push([x, y]);
  }
  return points;
}

function clipPolygon(poly: Poly, plane: HalfPlane): Poly[] {
  const { axis, value, keepGreater } = plane;
  const along = axis === 0 ? 1 : 0;
  const side = (p: Point) => (keepGreater ? p[axis] - value : value - p[axis]);

  const whole: Ring[] = [];
  const chains: Chain[] = [];

  for (const ring of poly) {
    const open = ring.slice(0, -1);
    const start = open.findIndex((p) => side(p) < 0);
    if (start === -1) {
      whole.push(ring); // entirely on the kept side (or on the line)
      continue;
    }
    if (!open.some((p) => side(p) > 0)) continue; // entirely outside
    // Walk once around, starting from an outside point, collecting the runs on the kept side.
    let current: Point[] | null = null;
    let prev = at(open, start);
    for (let k = 1; k <= open.length; k++) {
      const p = at(open, (start + k) % open.length);
      const sp = side(p);
      if (current === null && sp >= 0) {
        current = [sp === 0 ? p : intersect(prev, p, plane)];
        if (sp > 0) current.push(p);
      } else if (current !== null && sp >= 0) {
        current.push(p);
      } else if (current !== null && sp < 0) {
        if (side(prev) !== 0) current.push(intersect(prev, p, plane));
        if (current.some((c) => side(c) > 0)) {
          const first = at(current, 0);
          const last = at(current, current.length - 1);
          chains.push({ points: current, entryT: first[along], exitT: last[along] });
        }
        current = null;
      }
      prev = p;
    }
    if (current !== null) throw new Error('build-geo: clipping walk ended inside the half-plane');
  }

  // Pair each exit with the entry where the polygon's interior continues along the line. With the
  // interior on the left of travel, that is towards larger positions for (axis 0, keep ≤) and
  // (axis 1, keep ≥), towards smaller positions otherwise.
  if (chains.length > 0) {
    const towardsGreater = (axis === 0) !== keepGreater;
    const events = chains.flatMap((chain) => [
      { t: chain.entryT, chain, exit: false },
      { t: chain.exitT, chain, exit: true },
    ]);
    events.sort((a, b) => a.t - b.t);
    const where = `on ${axis === 0 ? 'lon' : 'lat'} ${String(value)}`;
    const claimed = new Set<Chain>();
    events.forEach((event, i) => {
      const neighbour = events[i + 1];
      if (neighbour?.t === event.t) {
        throw new Error(`build-geo: two crossings at the same point ${String(event.t)} ${where}; nudge CLIP_BOX`);
      }
      if (!event.exit) return;
      const partner = events[towardsGreater ? i + 1 : i - 1];
      if (!partner || partner.exit || claimed.has(partner.chain)) {
        throw new Error(
          `build-geo: crossing at ${String(event.t)} ${where} has no matching entry (invalid ring orientation?)`,
        );
      }
      claimed.add(partner.chain);
      event.chain.next = partner.chain;
    });
  }

  // Stitch chains into rings: chain, then along the line to the next chain's entry, and so on.
  const stitched: Ring[] = [];
  const used = new Set<Chain>();
  for (const chain of chains) {
    if (used.has(chain)) continue;
    const points: Point[] = [];
    let c: Chain = chain;
    while (!used.has(c)) {
      used.add(c);
      points.push(...c.points);
      const next: Chain | undefined = c.next;
      if (!next) throw new Error('build-geo: unpaired crossing while clipping');
      if (axis === 1) points.push(...densify(c.exitT, next.entryT, value));
      c = next;
    }
    if (c !== chain) throw new Error('build-geo: clipped ring does not close');
    const ring = cleanRing(points);
    if (ring) stitched.push(ring);
  }

  // Exteriors are counter-clockwise, holes clockwise; give each hole to the smallest exterior holding it.
  const rings = [...whole, ...stitched];
  const exteriors = rings
    .filter((r) => signedArea2(r) > 0)
    .map((r) => ({ ring: r, area: signedArea2(r), holes: [] as Ring[] }));
  for (const hole of rings.filter((r) => signedArea2(r) < 0)) {
    const probe = at(hole, 0);
    const owner = exteriors.filter((e) => pointInRing(probe, e.ring)).sort((a, b) => a.area - b.area)[0];
    if (!owner) throw new Error('build-geo: a hole lost its exterior while clipping');
    owner.holes.push(hole);
  }
  return exteriors.map((e) => [e.ring, ...e.holes]);
}

/** Clips polygons (planar orientation) to the box. */
export function clipToBox(polys: Poly[], box: readonly [number, number, number, number] = CLIP_BOX): Poly[] {
  const [west, south, east, north] = box;
  const planes: HalfPlane[] = [
    { axis: 0, value: west, keepGreater: true },
    { axis: 0, value: east, keepGreater: false },
    { axis: 1, value: south, keepGreater: true },
    { axis: 1, value: north, keepGreater: false },
  ];
  return planes.reduce<Poly[]>((acc, plane) => acc.flatMap((poly) => clipPolygon(poly, plane)), polys);
}

// ---------------------------------------------------------------------------------------------
// Topology

interface PresimplifiedTopology {
  arcs: [number, number, number][][];
}

/** Ring arc indices of every polygon in the collection. */
function ringsOf(collection: GeometryCollection): number[][] {
  return collection.geometries.flatMap((g: GeometryObject) =>
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
  );
}

/** Promotes the strongest dropped points so that no ring simplifies below a triangle (keeps tiny enclaves). */
function protectSmallRings(topo: PresimplifiedTopology, rings: number[][], minWeight: number): void {
  for (const ring of rings) {
    const arcs = ring.map((i) => topo.arcs[i < 0 ? ~i : i] ?? []);
    const vertices = () => arcs.reduce((n, arc) => n + arc.filter((p) => p[2] >= minWeight).length - 1, 0);
    while (vertices() < 3) {
      let best: [number, number, number] | undefined;
      for (const arc of arcs) for (const p of arc) if (p[2] < minWeight && (!best || p[2] > best[2])) best = p;
      if (!best) break;
      best[2] = Infinity;
    }
  }
}

/** Keeps the points inserted along the box's parallels, so those edges stay on their parallel. */
function protectBoxParallels(topo: PresimplifiedTopology, box: readonly number[]): void {
  const [, south, , north] = box;
  for (const arc of topo.arcs) for (const p of arc) if (p[1] === south || p[1] === north) p[2] = Infinity;
}

/**
 * Makes longitudes continuous along a ring. Natural Earth's Russia is one ring that jumps from
 * −180° to +180° at Chukotka; in the plane that jump is a segment across the whole map.
 */
function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  const out = ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev) {
      const dx = p[0] - prev[0];
      if (dx > 180) offset -= 360;
      else if (dx < -180) offset += 360;
    }
    return [p[0] + offset, p[1]] as Point;
  });
  if (offset !== 0) throw new Error('build-geo: a ring winds around a pole; cannot clip it in the plane');
  return Math.min(...out.map((p) => p[0])) < -180 ? out.map(([x, y]) => [x + 360, y] as Point) : out;
}

function toPolys(geometry: Polygon | MultiPolygon): Poly[] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => orientPlanar(poly.map((ring) => unwrapRing(ring.map(toPoint)))));
}

/** d3-geo wants exteriors clockwise and holes counter-clockwise in lon/lat: the reverse of the planar convention used above. */
function toD3Geometry(polys: Poly[]): Polygon | MultiPolygon {
  const coordinates = polys.map((poly) => poly.map((ring) => [...ring].reverse()));
  if (coordinates.length === 1 && coordinates[0]) return { type: 'Polygon', coordinates: coordinates[0] };
  return { type: 'MultiPolygon', coordinates };
}

/** Whether the polygons' planar bounding box overlaps the box (a cheap filter before clipping). */
function overlapsBox(polys: Poly[], box: readonly number[]): boolean {
  const [west = 0, south = 0, east = 0, north = 0] = box;
  const points = polys.flatMap((poly) => poly[0] ?? []);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.max(...xs) >= west && Math.min(...xs) <= east && Math.max(...ys) >= south && Math.min(...ys) <= north;
}

export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** The whole build, in memory. `world` is world-atlas's countries-50m.json. */
export function buildCentralAsiaTopology(world: Topology): BuildResult {
  const source = world.objects.countries;
  if (source?.type !== 'GeometryCollection') throw new Error('build-geo: world-atlas has no `countries` collection');
  const all = feature(world, source as GeometryCollection<{ name: string }>).features;

  const kept: { id: string | undefined; name: string; iso3: string | null; polys: Poly[] }[] = [];
  for (const f of all) {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    // Latitudes first: Antarctica's rings wind around the pole and cannot be unwrapped, but never reach the box.
    const lats = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
      .flat(2)
      .map(toPoint)
      .map((p) => p[1]);
    if (Math.max(...lats) < CLIP_BOX[1] || Math.min(...lats) > CLIP_BOX[3]) continue;
    const polys = toPolys(geometry);
    if (!overlapsBox(polys, CLIP_BOX)) continue;
    const clipped = clipToBox(polys);
    if (clipped.length === 0) continue;
    const name = f.properties.name;
    const id = f.id === undefined ? undefined : String(f.id);
    let iso3: string | null;
    if (id === undefined) {
      if (!UNCODED_AREAS.has(name))
        throw new Error(`build-geo: "${name}" has no ISO id; add it to UNCODED_AREAS if it should be kept`);
      iso3 = null;
    } else {
      const code = ISO3_BY_NUMERIC[id];
      if (!code)
        throw new Error(`build-geo: ${id} (${name}) reaches into the box; add its alpha-3 code to ISO3_BY_NUMERIC`);
      iso3 = code;
    }
    kept.push({ id, name, iso3, polys: clipped });
  }
  // Stable order: by numeric id, areas without an id last, by name.
  const key = (k: { id: string | undefined; name: string }) => `${k.id === undefined ? '1' : `0${k.id}`} ${k.name}`;
  kept.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)); // code-unit order, not locale
  for (const id of Object.keys(CORE_COUNTRIES)) {
    if (!kept.some((k) => k.id === id)) throw new Error(`build-geo: core country ${id} is missing from the output`);
  }

  const collection = {
    type: 'FeatureCollection' as const,
    features: kept.map((k) => ({
      type: 'Feature' as const,
      ...(k.id === undefined ? {} : { id: k.id }),
      properties: { name: k.name, iso3: k.iso3 },
      geometry: toD3Geometry(k.polys),
    })),
  };

  const raw = topology({ countries: collection }) as unknown as CountriesTopology;
  const weighted = presimplify(raw, sphericalTriangleArea);
  const countries = weighted.objects.countries as GeometryCollection;
  protectSmallRings(weighted as unknown as PresimplifiedTopology, ringsOf(countries), MIN_WEIGHT);
  protectBoxParallels(weighted as unknown as PresimplifiedTopology, CLIP_BOX);
  const simplified = simplify(weighted, MIN_WEIGHT);
  const quantized = quantize(simplified, QUANTIZATION);

  const json = `${JSON.stringify(quantized)}\n`;
  return {
    topology: quantized,
    json,
    bytes: Buffer.byteLength(json),
    gzipBytes: gzipBytes(json),
    countries: kept.map(({ id, iso3, name }) => ({ id, iso3, name })),
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT_PATH = path.join(ROOT, 'data', 'central-asia.topo.json');

export function readWorldAtlas(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const result = buildCentralAsiaTopology(readWorldAtlas());
  const relative = path.relative(ROOT, OUTPUT_PATH);
  const sizes = `${result.bytes} bytes, ${result.gzipBytes} gzipped`;

  if (result.gzipBytes > MAX_GZIP_BYTES) {
    console.error(
      `build-geo: ${relative} would be ${sizes}, over the ${MAX_GZIP_BYTES}-byte gzip budget; raise MIN_WEIGHT or lower QUANTIZATION.`,
    );
    return 1;
  }

  if (check) {
    let committed: string | null = null;
    try {
      committed = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      committed = null;
    }
    if (committed !== result.json) {
      const why =
        committed === null
          ? 'is missing'
          : `differs from a fresh build (${Buffer.byteLength(committed)} bytes committed vs ${result.bytes} built)`;
      console.error(`build-geo: ${relative} ${why}. Run \`npm run geo\` and commit the result.`);
      return 1;
    }
    console.log(`central-asia.topo.json is current (${result.bytes} bytes, ${result.gzipBytes} gzipped)`);
    return 0;
  }

  writeFileSync(OUTPUT_PATH, result.json);
  const [west, south, east, north] = CLIP_BOX;
  console.log(`build-geo: clipped Natural Earth 1:50m to lon ${west}..${east}°E, lat ${south}..${north}°N`);
  console.log(
    `build-geo: kept ${result.countries.length} areas: ${result.countries.map((c) => c.iso3 ?? c.name).join(' ')}`,
  );
  console.log(
    `build-geo: simplified at ${MIN_WEIGHT} sr, quantized to ${QUANTIZATION}; arcs: ${result.topology.arcs.length}`,
  );
  console.log(`build-geo: wrote ${relative} (${sizes})`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && path.resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
