/**
 * Words that mark attributed speech in news writing, with how much they need around them
 * to count. "said" makes a claim whoever says it ("officials said"); "threatened" only with
 * a speaking subject and a complement ("Kerry has threatened to …"), since "an assault that
 * threatened to upset the stability" reports nothing.
 */
export interface CueVerb {
  lemma: string;
  /** Needs a party, a pronoun or a speaker noun as subject, and a complement after it. */
  needsSpeaker: boolean;
}

function forms(table: Record<string, string>, needsSpeaker: boolean): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  for (const [lemma, list] of Object.entries(table)) {
    for (const form of list.split(',')) map.set(form.trim(), { lemma, needsSpeaker });
  }
  return map;
}

const STRONG = forms(
  {
    say: 'say,says,said,saying',
    tell: 'tell,tells,told,telling',
    state: 'stated',
    claim: 'claim,claims,claimed,claiming',
    assert: 'assert,asserts,asserted,asserting',
    affirm: 'affirms,affirmed',
    insist: 'insist,insists,insisted,insisting',
    deny: 'deny,denies,denied,denying',
    announce: 'announces,announced,announcing',
    declare: 'declares,declared,declaring',
    tweet: 'tweets,tweeted,tweeting',
    explain: 'explain,explains,explained,explaining',
    acknowledge: 'acknowledge,acknowledges,acknowledged,acknowledging',
    admit: 'admit,admits,admitted,admitting',
    argue: 'argue,argues,argued,arguing',
    vow: 'vows,vowed,vowing',
    allege: 'allege,alleges,alleged,alleging',
    divulge: 'divulges,divulged',
    contend: 'contends,contended',
    concede: 'concedes,conceded',
    testify: 'testifies,testified',
    reply: 'replies,replied',
    retort: 'retorts,retorted',
    interject: 'interjects,interjected',
    quip: 'quips,quipped',
    joke: 'jokes,joked',
    remark: 'remarks,remarked',
    warn: 'warn,warns,warned,warning',
    confirm: 'confirms,confirmed',
    complain: 'complains,complained',
    predict: 'predicts,predicted',
    disclose: 'discloses,disclosed',
    conclude: 'concludes,concluded',
    reiterate: 'reiterates,reiterated',
    caution: 'cautions,cautioned',
  },
  false,
);

const NEEDS_SPEAKER = forms(
  {
    // "early-voting states, visiting Nevada": the plural noun is written alike.
    state: 'states',
    threaten: 'threaten,threatens,threatened,threatening',
    promise: 'promises,promised',
    urge: 'urges,urged,urging',
    demand: 'demands,demanded',
    accuse: 'accuse,accuses,accused,accusing',
    condemn: 'condemns,condemned',
    denounce: 'denounces,denounced',
    profess: 'professes,professed',
    describe: 'describes,described',
    suggest: 'suggest,suggests,suggested,suggesting',
    show: 'shows,showed',
    note: 'notes,noted,noting',
    add: 'adds,added,adding',
    write: 'writes,wrote,written,writing',
    post: 'posts,posted',
    report: 'reports,reported',
    read: 'reads',
    learn: 'learned,learnt',
    reveal: 'reveals,revealed',
    ask: 'asks,asked,asking',
    estimate: 'estimates,estimated',
    project: 'projects,projected',
    recall: 'recalls,recalled',
    stress: 'stress,stresses,stressed',
    highlight: 'highlights,highlighted',
    articulate: 'articulates,articulated',
    challenge: 'challenges,challenged',
    dispute: 'disputes,disputed',
    defend: 'defends,defended',
    advise: 'advises,advised',
    recommend: 'recommends,recommended',
    elaborate: 'elaborates,elaborated',
    pledge: 'pledges,pledged',
    emphasize: 'emphasize,emphasizes,emphasized,emphasise,emphasises,emphasised',
    counter: 'counters,countered',
    maintain: 'maintain,maintains,maintained',
    question: 'questioned,questioning',
    criticize: 'criticizes,criticized,criticises,criticised',
    praise: 'praises,praised',
    hail: 'hails,hailed',
    plead: 'pleads,pleaded',
    beg: 'begs,begged',
    recount: 'recounts,recounted',
    narrate: 'narrates,narrated',
    boast: 'boasts,boasted',
    lament: 'laments,lamented',
    blame: 'blames,blamed',
    respond: 'responds,responded',
    mention: 'mentions,mentioned',
    reject: 'rejects,rejected',
    tout: 'touts,touted',
    hint: 'hints,hinted',
    indicate: 'indicates,indicated',
    // "the study found that …": what a study, a poll or a team reports; "find" takes a clause (see hasComplement).
    find: 'finds,found',
    shout: 'shouts,shouted',
    whisper: 'whispers,whispered',
    exclaim: 'exclaims,exclaimed',
    remember: 'remembers,remembered',
    observe: 'observes,observed',
    speculate: 'speculates,speculated',
    // "“And Zack,” Stephen reminded his father.", "Avalos texted to say", "Martins
    // commented:": ways of saying that need a speaker and a quotation or a clause
    // ("assured" is as often an adjective).
    text: 'texted',
    comment: 'commented',
    remind: 'reminds,reminded',
    assure: 'assures',
    // Not "shares": "owns shares of" is written alike.
    share: 'shared',
  },
  true,
);

/** Cues whose advice may be a gerund: "advised stuffing the peep hole", "recommends calling". */
export const ADVICE_CUES = new Set(['advise', 'recommend']);

/** The cue a word is, if it is one. */
export function cueVerb(word: string): CueVerb | undefined {
  return STRONG.get(word) ?? NEEDS_SPEAKER.get(word);
}

const BY_LEMMA = new Map<string, CueVerb>(
  [...STRONG.values(), ...NEEDS_SPEAKER.values()].map((cue) => [cue.lemma, cue]),
);

/** The cue a word is as a bare infinitive too ("keen to stress"), which the tables above leave out. */
export function cueInfinitive(word: string): CueVerb | undefined {
  return cueVerb(word) ?? BY_LEMMA.get(word);
}

/** Verbs that take "out" as a cue: "points out that". */
export const PARTICLE_CUES = new Map([
  ['point', 'out'],
  ['points', 'out'],
  ['pointed', 'out'],
  ['pointing', 'out'],
  ['rule', 'out'],
  ['rules', 'out'],
  ['ruled', 'out'],
]);

/** "released a statement", "issued a plea": a speech act named by its noun. */
export const STATEMENT_VERBS = new Set([
  'released',
  'issued',
  'issues',
  'releases',
  'published',
  'put',
  'sent',
  'made',
]);
export const STATEMENT_NOUNS = new Set([
  'statement',
  'plea',
  'warning',
  'ultimatum',
  'appeal',
  'denial',
  'threat',
  'declaration',
  'announcement',
  'communique',
  'communiqué',
  'rebuttal',
  'apology',
]);

/** Messages that are statements only when words said in them follow ("an ad saying that …"). */
export const MESSAGE_NOUNS = new Set(['ad', 'advert', 'advertisement', 'video', 'email', 'memo', 'letter', 'note']);

/** Words allowed between a subject and its verb: "Kerry has threatened", "officials also said". */
export const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'also',
  'already',
  'repeatedly',
  'often',
  'later',
  'then',
  'previously',
  'reportedly',
  'just',
  'never',
  'recently',
  'once',
  'again',
  'publicly',
  'privately',
  'initially',
  'first',
  'last',
  'still',
  'now',
  'not',
  'did',
  'does',
  'do',
  'meanwhile',
  'separately',
  'further',
  'even',
  "won't",
  'won’t',
  "can't",
  'can’t',
  "don't",
  'don’t',
  "doesn't",
  'doesn’t',
  "didn't",
  'didn’t',
  "wouldn't",
  'wouldn’t',
  "couldn't",
  'couldn’t',
  "hasn't",
  'hasn’t',
  "haven't",
  'haven’t',
  "isn't",
  'isn’t',
  "wasn't",
  'wasn’t',
  'cannot',
]);

/** Forms of "be": "we're told", "it was reported" are passives whose speaker is unnamed. */
export const BE_FORMS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'re",
  '’re',
  "we're",
  'we’re',
  "they're",
  'they’re',
  "it's",
  'it’s',
  "i'm",
  'i’m',
]);

/** Words after a verb that make its object reported speech. */
export const COMPLEMENTS = new Set(['that', 'to', 'of', 'how', 'whether', 'if', 'why', 'what', 'when', 'where', 'who']);

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
export const NEGATING_DETERMINERS = new Set(['no', 'none', 'neither', 'nobody']);
