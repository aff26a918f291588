// The one script every page carries inline (a file fetched for it would cost a request on every
// page): the 关怀版 switch and the print header's date.
import '../scripts/care-mode.ts';
import './print-date.ts';
