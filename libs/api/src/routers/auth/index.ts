import { router } from '../../trpc';
import { meProcedure } from './me';

export const authRouter = router({ me: meProcedure });
