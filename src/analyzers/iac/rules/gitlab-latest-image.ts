import { gitlabImages } from '../gitlab.js';
import { floatingTag } from '../images.js';
import { defineRule, lineOf, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gitlab-latest-image', title: 'GitLab CI image uses `latest` or no tag', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [1357], tags: ['gitlab-ci', 'ci', 'container', 'supply-chain'],
    description: 'A job image or service without a tag, or tagged `latest`, changes under the pipeline: the next run executes whatever was pushed last, with the job\'s token and variables.',
    fix: 'Pin the image to a version tag, better to a digest: `image: node:22.12-alpine@sha256:…`; let Renovate or Dependabot update it.',
    examples: { lang: 'yaml', bad: 'image: node:latest', good: 'image: node:22.12-alpine' },
  },
  refs: { none: 'Checkov `CKV_GITLABCI_3` lists the images a pipeline uses without judging their tag; KICS and the Semgrep registry have no GitLab CI image check.' },
  applies: ['gitlab-ci'],
  check(d) {
    return gitlabImages(d).flatMap(({ image, node, where }) => {
      const why = floatingTag(image);
      return why ? [{ line: lineOf(d, node), message: `${where === '(global)' ? 'pipeline' : `job '${where}'`} image ${image} is ${why === 'latest' ? 'tagged latest' : 'not tagged'}` }] : [];
    });
  },
});
