import { router } from '../../trpc';
import { exportStatusProcedure } from './export-status';
import { requestExportProcedure } from './request-export';

export const exportRouter = router({
  request: requestExportProcedure,
  status: exportStatusProcedure,
});
