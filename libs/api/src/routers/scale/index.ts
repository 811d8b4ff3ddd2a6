import { router } from '../../trpc';
import { addLabelProcedure } from './add-label';
import { editLabelProcedure } from './edit-label';

export const scaleRouter = router({
  editLabel: editLabelProcedure,
  addLabel: addLabelProcedure,
});
