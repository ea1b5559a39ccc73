import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { rand, randomUuid, randomUnit } from './generate.js';

/** LLM and ML platforms: the keys AI-written code most often pastes inline. */
export const aiRules: SecretRule[] = ([
  token({
    id: 'secrets/openai-api-key', title: 'OpenAI API key', severity: 'critical',
    description: 'An OpenAI API key (project, service-account, admin or legacy user key): spends the organisation\'s credits and reads its files and fine-tunes.',
    token: 'sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{58,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9_\\-]{20,}T3BlbkFJ[A-Za-z0-9_\\-]{20,})',
    gen: () => (randomUnit() < 0.5
      ? `sk-proj-${rand('b64url', 74)}T3BlbkFJ${rand('b64url', 74)}`
      : `sk-${rand('alnum', 20)}T3BlbkFJ${rand('alnum', 20)}`),
    keywords: ['sk-'], end: 'A-Za-z0-9_\\-',
    fp: ['sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-...', 'OPENAI_API_KEY=sk-your-key-here'],
  }),
  token({
    id: 'secrets/anthropic-api-key', title: 'Anthropic API key', severity: 'critical',
    description: 'An Anthropic API or admin key (sk-ant-…): spends the workspace\'s credits.',
    token: 'sk-ant-(?:api03|admin01)-[A-Za-z0-9_\\-]{93}AA', gen: () => `sk-ant-api03-${rand('b64url', 93)}AA`, keywords: ['sk-ant-'],
    end: 'A-Za-z0-9_\\-', fp: ['sk-ant-api03-...', 'ANTHROPIC_API_KEY=sk-ant-xxxxxxxx'],
  }),
  token({
    id: 'secrets/huggingface-token', title: 'Hugging Face access token', description: 'A Hugging Face user or organisation token: private models, datasets and inference spend.',
    token: '(?:hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})', gen: () => `hf_${rand('letters', 34)}`, keywords: ['hf_', 'api_org_'],
  }),
  prefixed({ id: 'secrets/replicate-token', title: 'Replicate API token', description: 'A Replicate API token.', prefix: 'r8_', charset: 'alnum', length: 37 }),
  prefixed({ id: 'secrets/groq-api-key', title: 'Groq API key', description: 'A Groq API key.', prefix: 'gsk_', charset: 'alnum', length: 52 }),
  prefixed({ id: 'secrets/perplexity-api-key', title: 'Perplexity API key', description: 'A Perplexity API key.', prefix: 'pplx-', charset: 'alnum', length: 48 }),
  prefixed({ id: 'secrets/xai-api-key', title: 'xAI API key', description: 'An xAI (Grok) API key.', prefix: 'xai-', charset: 'alnum', length: 80 }),
  prefixed({ id: 'secrets/openrouter-api-key', title: 'OpenRouter API key', description: 'An OpenRouter API key.', prefix: 'sk-or-v1-', charset: 'hex', length: 64 }),
  token({
    id: 'secrets/langsmith-api-key', title: 'LangSmith API key', description: 'A LangSmith personal or service key: traces that often contain prompts and user data.',
    token: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', gen: () => `lsv2_pt_${rand('hex', 32)}_${rand('hex', 10)}`, keywords: ['lsv2_'],
  }),
  token({
    id: 'secrets/langfuse-secret-key', title: 'Langfuse secret key', description: 'A Langfuse secret key.',
    token: 'sk-lf-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', gen: () => `sk-lf-${randomUuid()}`, keywords: ['sk-lf-'],
  }),
  token({
    id: 'secrets/pinecone-api-key', title: 'Pinecone API key', description: 'A Pinecone API key: the vector indexes and their data.',
    token: 'pcsk_[A-Za-z0-9]{5,8}_[A-Za-z0-9]{60,70}', gen: () => `pcsk_${rand('alnum', 6)}_${rand('alnum', 63)}`, keywords: ['pcsk_'],
  }),
  prefixed({ id: 'secrets/nvidia-api-key', title: 'NVIDIA API key', description: 'An NVIDIA NGC / build.nvidia.com API key.', prefix: 'nvapi-', charset: 'b64url', length: 64 }),
  prefixed({ id: 'secrets/fireworks-api-key', title: 'Fireworks AI API key', description: 'A Fireworks AI API key.', prefix: 'fw_', charset: 'alnum', length: 24 }),
  token({
    id: 'secrets/deepseek-api-key', title: 'DeepSeek API key', description: 'A DeepSeek API key.',
    token: 'sk-[a-f0-9]{32}', gen: () => `sk-${rand('hex', 32)}`, keywords: ['deepseek'], sampleName: 'DEEPSEEK_API_KEY',
  }),
  contextual({ id: 'secrets/cohere-api-key', title: 'Cohere API key', description: 'A Cohere API key.', names: ['cohere', 'co_api_key'], charset: 'alnum', length: 40, entropy: 3.5 }),
  contextual({ id: 'secrets/mistral-api-key', title: 'Mistral AI API key', description: 'A Mistral AI API key.', names: ['mistral'], charset: 'alnum', length: 32, entropy: 3.5 }),
  contextual({ id: 'secrets/together-api-key', title: 'Together AI API key', description: 'A Together AI API key.', names: ['together'], charset: 'hex', length: 64 }),
  contextual({ id: 'secrets/wandb-api-key', title: 'Weights & Biases API key', description: 'A Weights & Biases API key.', names: ['wandb'], charset: 'hex', length: 40 }),
  token({
    id: 'secrets/elevenlabs-api-key', title: 'ElevenLabs API key', description: 'An ElevenLabs API key.',
    token: 'sk_[a-f0-9]{48}', gen: () => `sk_${rand('hex', 48)}`, keywords: ['sk_'],
  }),
  contextual({ id: 'secrets/assemblyai-api-key', title: 'AssemblyAI API key', description: 'An AssemblyAI API key.', names: ['assemblyai', 'assembly_ai'], charset: 'hex', length: 32 }),
  contextual({ id: 'secrets/deepgram-api-key', title: 'Deepgram API key', description: 'A Deepgram API key.', names: ['deepgram'], charset: 'hex', length: 40 }),
  contextual({ id: 'secrets/stability-api-key', title: 'Stability AI API key', description: 'A Stability AI API key.', names: ['stability'], charset: { cls: 'A-Za-z0-9\\-', gen: () => `sk-${rand('alnum', 48)}` }, length: 51, entropy: 3.5 }),
  token({
    id: 'secrets/voyage-api-key', title: 'Voyage AI API key', description: 'A Voyage AI API key.',
    token: 'pa-[A-Za-z0-9_\\-]{43}', gen: () => `pa-${rand('b64url', 43)}`, keywords: ['voyage'], sampleName: 'VOYAGE_API_KEY', end: 'A-Za-z0-9_\\-',
  }),
  contextual({ id: 'secrets/google-gemini-key', title: 'Google Gemini API key (assigned)', description: 'A Gemini / Generative Language API key assigned by name.', names: ['gemini', 'google_genai', 'google_ai'], charset: 'b64url', length: 39, entropy: 3.5 }),
  contextual({ id: 'secrets/clarifai-pat', title: 'Clarifai personal access token', description: 'A Clarifai PAT.', names: ['clarifai'], charset: 'hex', length: 32 }),
  contextual({ id: 'secrets/runpod-api-key', title: 'RunPod API key', description: 'A RunPod API key: GPU spend.', names: ['runpod'], charset: 'upperAlnum', length: [32, 48], entropy: 3.5 }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can spend the account\'s credits and read data sent to the provider.',
));
