// OpenAI reasoning models refuse sampling settings ("Unsupported parameter: 'temperature'"), so when
// reasoning is on they are left to the model's defaults. Shared by both OpenAI formats.
import type { IrRequest } from '../ir/request.ts';

export const openAiSampling = (request: IrRequest): { temperature?: number; top_p?: number } =>
  request.reasoning?.enabled === true ? {} : { temperature: request.temperature, top_p: request.topP };
