import { Readable } from 'node:stream';
import { AppError, isAppError } from '@claimledger/domain';
import { openExportFile } from '@claimledger/services';
import { getServer } from '../../../../server/database';
import { getActor } from '../../../../server/session';

export const dynamic = 'force-dynamic';

const fail = (error: AppError) =>
  Response.json({ error: { code: error.code, message: error.message } }, { status: error.httpStatus });

/**
 * A report prepared in the background (`export.request`): GET /api/exports/<id>, streamed from
 * the database. Only for the editor who asked for it, while their role still allows exports.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return fail(new AppError('UNAUTHENTICATED', 'Sign in first.'));
  try {
    const { db } = await getServer();
    const file = await openExportFile(db.prisma, actor, { id: (await params).fileId });
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'content-length': String(file.byteSize),
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return fail(error);
    throw error;
  }
}
