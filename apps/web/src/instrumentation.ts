/** Opens (and migrates, and seeds) the database when the server starts, not on first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDatabase } = await import('./server/database');
    await getDatabase();
  }
}
