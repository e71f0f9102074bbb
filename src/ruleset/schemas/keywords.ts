import { z } from 'zod';
import { defineRuleFile } from '../define.js';

/** `rules/keywords.yaml`: task keyword extraction settings and stop words. */
export const keywords = defineRuleFile({
  path: 'keywords.yaml',
  schema: z.object({
    topK: z.number().int().min(1).max(50),
    minLength: z.number().int().min(1),
    stopWords: z.array(z.string().min(1)),
  }),
  compile: (raw) => ({ topK: raw.topK, minLength: raw.minLength, stopWords: new Set(raw.stopWords) }),
});

const DICT_LINE = /^[^\s]+(?: [0-9]+)?(?: [a-z]+)?$/;

/** `rules/jieba/user.dict.utf8`: jieba user dictionary, `word [freq] [tag]` per line. */
export const jiebaDict = defineRuleFile({
  path: 'jieba/user.dict.utf8',
  schema: z.string().superRefine((text, ctx) => {
    text.split('\n').forEach((line, i) => {
      if (line.trim() !== '' && !DICT_LINE.test(line.trim())) {
        ctx.addIssue({ code: 'custom', message: `line ${i + 1} is not "word [freq] [tag]": ${line}` });
      }
    });
  }),
  compile: (raw) => ({ text: raw }),
});
