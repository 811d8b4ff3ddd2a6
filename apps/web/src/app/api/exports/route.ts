import { Readable } from 'node:stream';
import { ZExportRequest } from '@claimledger/contracts';
import { AppError, isAppError } from '@claimledger/domain';
import { exportReport, reportOptions } from '@claimledger/services';
import { getServer } from '../../../server/database';
import { originOf } from '../../../server/public-url';
import { webEnv } from '../../../server/env';
import { getActor } from '../../../server/session';

export const dynamic = 'force-dynamic';

const fail = (error: AppError) =>
  Response.json({ error: { code: error.code, message: error.message } }, { status: error.httpStatus });

/** Report download for signed-in editors: GET /api/exports?format=csv&articleId=…; streamed. */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return fail(new AppError('UNAUTHENTICATED', 'Sign in first.'));
  const params = new URL(request.url).searchParams;
  const min = params.get('minCheckworthiness');
  const parsed = ZExportRequest.safeParse({
    format: params.get('format'),
    articleId: params.get('articleId') || undefined,
    claimId: params.get('claimId') || undefined,
    groupId: params.get('groupId') || undefined,
    state: params.get('state') || undefined,
    kind: params.get('kind') || undefined,
    minCheckworthiness: min ? Number(min) : undefined,
  });
  if (!parsed.success)
    return fail(new AppError('BAD_INPUT', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
  try {
    const { db } = await getServer();
    const report = await exportReport(
      db.prisma,
      actor,
      parsed.data,
      reportOptions(webEnv, params.get('title') || 'Verification report', new Date(), originOf(request.headers)),
    );
    return new Response(Readable.toWeb(report.stream) as ReadableStream<Uint8Array>, {
      headers: {
        'content-type': report.contentType,
        'content-disposition': `attachment; filename="${report.fileName}"`,
        'x-claim-count': String(report.claimCount),
      },
    });
  } catch (error) {
    if (isAppError(error)) return fail(error);
    throw error;
  }
}
