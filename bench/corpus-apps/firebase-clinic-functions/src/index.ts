import { onRequest } from "firebase-functions/v2/https";
import { setGlobalOptions } from "firebase-functions/v2";
import { REGION, pgConnectionString, legacyJwtSecret } from "./config";
import { app } from "./api/app";

setGlobalOptions({ region: REGION, maxInstances: 20 });

export const api = onRequest({ secrets: [pgConnectionString, legacyJwtSecret], cors: false }, app);

export { listSlots, bookAppointment } from "./callable/appointments";
export { previewLetter, welcomeLetter } from "./callable/letters";
export { estimateFee } from "./callable/billing";
export { labResults, testSubscription } from "./http/labWebhook";
export { clinicPage, bookingConfirmed } from "./http/publicPages";
export { kioskUnlock, createInvite } from "./http/kiosk";
export { processUpload } from "./triggers/storage";
export { purgeExpiredInvites, nightlyBackup, sendReminder } from "./triggers/scheduled";
export { onPatientCreated } from "./triggers/firestore";
