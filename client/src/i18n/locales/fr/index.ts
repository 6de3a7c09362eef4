import common from './common';
import draft from './draft';
import errors from './errors';
import negotiation from './negotiation';
import record from './record';
import report from './report';

/** One catalogue per namespace: the shell, and one per feature folder (draft, negotiation, record, report). */
export default { common, draft, errors, negotiation, record, report };
