import { describe, expect, it } from 'vitest';
import { baseForms, isSpeechCue, speechVerb } from './speech-cue.js';
import { SPEECH_VERBS } from './speech-cues.js';

describe('isSpeechCue', () => {
  it.each([
    ['said', true],
    ['says', true],
    ['has said', true],
    ['also said', true],
    ['said Thursday morning', true],
    ['said:', true],
    [':', true],
    ['―', true],
    ['according to', true],
    ['told', true],
    ['wrote in an email', true],
    ['has written', true],
    ['tweeted', true],
    ['replied', true],
    ['denies', true],
    ['quipped', true],
    ['called', true],
    ['as she put it', true],
    ['pointed out', true],
    ['continued to call for', true],
    ['believes', false],
    ['found', false],
    ['wants', false],
    ['the poll shows', false],
    ['has learned', false],
    ['plans', false],
    ['so-called', false],
    ['the implication is clear:', false],
    ['', false],
  ])('%j → %s', (cue, expected) => {
    expect(isSpeechCue(cue)).toBe(expected);
  });
});

describe('speechVerb', () => {
  it.each([
    ['has said', 'say'],
    ['said:', 'say'],
    ['Also Told', 'tell'],
    ['is stressing', 'stress'],
    ['argues', 'argue'],
    ['testified', 'testify'],
    ['believes', null],
  ])('%j → %s', (cue, expected) => {
    expect(speechVerb(cue)).toBe(expected);
  });
});

describe('baseForms', () => {
  it('undoes -s, -es, -ies, -ed, -ied, -ing and doubled consonants', () => {
    expect(baseForms('notes')).toContain('note');
    expect(baseForms('noted')).toContain('note');
    expect(baseForms('noting')).toContain('note');
    expect(baseForms('replies')).toContain('reply');
    expect(baseForms('chatting')).toContain('chat');
    expect(baseForms('spoken')).toContain('speak');
  });

  it('does not strip short words into nonsense verbs', () => {
    expect(baseForms('is')).toEqual(['is']);
  });
});

describe('the speech verb list', () => {
  it('holds base forms only, each once, and no verbs of belief, wish or finding', () => {
    expect(new Set(SPEECH_VERBS).size).toBe(SPEECH_VERBS.length);
    for (const verb of SPEECH_VERBS) expect(verb).toMatch(/^[a-z]+$/);
    for (const position of ['believe', 'think', 'want', 'plan', 'find', 'show', 'hope', 'feel']) {
      expect(SPEECH_VERBS).not.toContain(position);
    }
  });
});
