/** Port of this server, for server-side rendering of client components that fetch. */
export const serverPort = process.env.PORT ?? '3000';
