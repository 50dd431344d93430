/** How the end-to-end tests serve the production build. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
/** The same build with the curated data in data/, for the few specs that check the data itself. */
export const CURATED_PORT = E2E_PORT + 1;
/** The build is also served under this sub-path, as on an intranet. */
export const SUB_PATH = '/intranet/tools/c5/';
/**
 * The dataset the behaviour specs run on, served in place of data/: a frozen copy, so that its figures are
 * known answers and an update of data/ never breaks a behaviour test (see its README).
 */
export const FIXTURE_DATASET = 'e2e/fixture-dataset';
