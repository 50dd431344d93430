/** How the end-to-end tests serve the production build. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
/** The build is also served under this sub-path, as on an intranet. */
export const SUB_PATH = '/intranet/tools/c5/';
