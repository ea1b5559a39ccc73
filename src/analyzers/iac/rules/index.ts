/** Every infrastructure-as-code rule, one module each (fixtures beside them). */
import type { IacRule } from '../model.js';
import { rule as k8sPrivileged } from './k8s-privileged-container.js';
import { rule as k8sEscalation } from './k8s-privilege-escalation.js';
import { rule as k8sRoot } from './k8s-run-as-root.js';
import { rule as k8sHostNs } from './k8s-host-namespace.js';
import { rule as k8sHostPath } from './k8s-host-path.js';
import { rule as k8sCaps } from './k8s-dangerous-capabilities.js';
import { rule as k8sLimits } from './k8s-no-resource-limits.js';
import { rule as k8sLatest } from './k8s-latest-image.js';
import { rule as k8sClusterAdmin } from './k8s-cluster-admin-binding.js';
import { rule as k8sSecretEnv } from './k8s-secret-in-env.js';
import { rule as ghaInjection } from './gha-script-injection.js';
import { rule as ghaPrTarget } from './gha-pr-target-checkout.js';
import { rule as ghaPermissions } from './gha-excessive-permissions.js';
import { rule as ghaUnpinned } from './gha-unpinned-action.js';
import { rule as ghaSecretEcho } from './gha-secret-echo.js';
import { rule as composePrivileged } from './compose-privileged.js';
import { rule as composeHostNs } from './compose-host-namespace.js';
import { rule as composeSocket } from './compose-docker-socket.js';
import { rule as composeSecretEnv } from './compose-secret-in-env.js';
import { rule as dockerNoUser } from './docker-no-user.js';
import { rule as dockerLatest } from './docker-latest-base-image.js';
import { rule as dockerCurlSh } from './docker-curl-pipe-shell.js';
import { rule as dockerAddUrl } from './docker-add-url.js';
import { rule as dockerSecretEnv } from './docker-secret-in-env.js';
import { rule as tfWildcard } from './aws-iam-wildcard-action.js';
import { rule as tfServiceWildcard } from './aws-iam-wildcard-service-action.js';
import { rule as tfPassRole } from './aws-iam-passrole-wildcard.js';
import { rule as tfOpenTrust } from './aws-iam-open-trust.js';
import { rule as tfAdmin } from './aws-iam-admin-policy.js';
import { rule as tfIngress } from './aws-open-ingress.js';
import { rule as tfS3Acl } from './aws-s3-public-acl.js';
import { rule as tfRdsPublic } from './aws-rds-public.js';
import { rule as awsKmsRotation } from './aws-kms-rotation-off.js';
import { rule as awsLbListener } from './aws-lb-insecure-listener.js';
import { rule as awsDbBackup } from './aws-db-no-backup.js';
import { rule as awsS3AccessBlock } from './aws-s3-public-access-block-off.js';
import { rule as awsCloudTrail } from './aws-cloudtrail-logging-off.js';
import { rule as tfUnencrypted } from './aws-unencrypted-storage.js';
import { rule as awsFlowLogs } from './aws-vpc-flow-logs-off.js';
import { rule as gitlabInjection } from './gitlab-script-injection.js';
import { rule as gitlabSecretEcho } from './gitlab-secret-echo.js';
import { rule as gitlabLatestImage } from './gitlab-latest-image.js';
import { rule as ciCurlSh } from './ci-curl-pipe-shell.js';

export const IAC_RULES: IacRule[] = [
  k8sPrivileged, k8sEscalation, k8sRoot, k8sHostNs, k8sHostPath, k8sCaps, k8sLimits, k8sLatest, k8sClusterAdmin, k8sSecretEnv,
  ghaInjection, ghaPrTarget, ghaPermissions, ghaUnpinned, ghaSecretEcho,
  gitlabInjection, gitlabSecretEcho, gitlabLatestImage, ciCurlSh,
  composePrivileged, composeHostNs, composeSocket, composeSecretEnv,
  dockerNoUser, dockerLatest, dockerCurlSh, dockerAddUrl, dockerSecretEnv,
  tfWildcard, tfServiceWildcard, tfPassRole, tfOpenTrust, tfAdmin, tfIngress, tfS3Acl, tfRdsPublic, tfUnencrypted,
  awsKmsRotation, awsLbListener, awsDbBackup, awsS3AccessBlock, awsCloudTrail, awsFlowLogs,
];
