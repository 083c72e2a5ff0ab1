"""A generated corpus with the vocabulary of real news (Python 3 standard library only).

The paragraph corpus of corpus.py repeats about 900 paragraphs, so a run sees a few thousand
distinct words and the same figures everywhere: that hides what vocabulary and grouping cost.
This one keeps those paragraphs as sentence shapes (so figures, units and cue words read as in
news) but writes them as stories covered by several outlets:

- Documents come in stories of 2 to 12 documents. A story draws its paragraphs once, with
  its own figures; each document of the story retells a share of them, so figures repeat
  across documents as in real coverage, and now and then one figure is retold differently.
- Each story renames about half of the ordinary words of its paragraphs, consistently within
  the story, with words of the same word class drawn from the WordNet lexicon the repository
  generates (rules/lexicon/wordnet.tsv), Zipf-distributed so that common words recur and rare
  ones give the long tail: tens of thousands of distinct words per 100 MB.
- Capitalised words inside a sentence (people, places, outlets) become names made from
  syllables, per story, so names vary as widely as the vocabulary.

Words FactCheck reads as cues (every word in rules/*.yml), short words and the word after a
figure (its unit or noun) are kept, so quantities are still recognised.
"""

import bisect
import os
import random
import re

from corpus import REPO, SUBDIRS, paragraphs, perturb

NEWS_GENERATOR_VERSION = 1
WORD = re.compile(r"[A-Za-z]+")
TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*")
SYLLABLES = ("ar den ber wick ston hal mor ley tan vel cor rin dal bra mes ola kov ski ner"
             " fen gar lin ros tam yor zen ash bel cal dor el fal gwen har is jor kel lum nad"
             " or pel quin ru sal tor ul var wen xan yel zor mi ka to no sa ri").split()


def _lexicon():
    """Single lower-case words of the WordNet lexicon by first word class ('n', 'v', 'a', 'r')."""
    by_class = {}
    with open(os.path.join(REPO, "rules", "lexicon", "wordnet.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            word, classes = fields[0], fields[1] if len(fields) > 1 else ""
            if classes and word.isalpha() and word.islower() and len(word) > 3:
                by_class.setdefault(classes[0], []).append(word)
    return by_class


def _protected():
    """Every word the rules mention: cue words, units, scale words must stay readable."""
    words = set()
    for name in os.listdir(os.path.join(REPO, "rules")):
        if name.endswith(".yml"):
            with open(os.path.join(REPO, "rules", name), encoding="utf-8") as f:
                words.update(w.lower() for w in WORD.findall(f.read()))
    return words


class _Zipf:
    """Draws items with probability proportional to 1 / rank (a seeded order of WORDS)."""

    def __init__(self, words, rng):
        self.words = list(words)
        rng.shuffle(self.words)
        total, self.cumulative = 0.0, []
        for rank in range(1, len(self.words) + 1):
            total += 1.0 / rank
            self.cumulative.append(total)

    def draw(self, rng):
        return self.words[bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])]


def _name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


class _Story:
    """One event's paragraphs with their figures, names and renamed words, drawn once."""

    def __init__(self, pool, size, lexicon, word_class, protected, rng):
        self.rng = rng
        self.lexicon, self.word_class, self.protected = lexicon, word_class, protected
        self.renamed = {}
        self.paragraphs, held = [], 0
        while held < size:
            self.paragraphs.append(self._rewrite(perturb(rng.choice(pool), rng)))
            held += len(self.paragraphs[-1].encode("utf-8")) + 2

    def _word_class(self, lower):
        """The class of LOWER or of its stem ("troops", "fired", "rising"), if the lexicon has it."""
        for stem in (lower, lower[:-1], lower[:-2], lower[:-3], lower[:-3] + "e"):
            if stem in self.word_class:
                return self.word_class[stem]
        return None

    def _replacement(self, word, after_figure, sentence_start):
        lower = word.lower()
        if word[0].isupper() and not word.isupper() and not sentence_start:
            if lower in self.protected:
                return word
            if word not in self.renamed:
                self.renamed[word] = _name(self.rng)
            return self.renamed[word]
        if after_figure or len(word) <= 3 or lower in self.protected:
            return word
        if lower not in self.renamed:
            kind = self._word_class(lower)
            keep = kind is None or self.rng.random() < 0.5
            self.renamed[lower] = lower if keep else self.lexicon[kind].draw(self.rng)
        new = self.renamed[lower]
        return new.capitalize() if word[0].isupper() else new

    def _rewrite(self, paragraph):
        out, last, after_figure, sentence_start = [], 0, False, True
        for match in TOKEN.finditer(paragraph):
            token = match.group(0)
            between = paragraph[last:match.start()]
            out.append(between)
            if any(mark in between for mark in ".!?\n#*-"):
                sentence_start = True
            if token[0].isdigit():
                out.append(token)
                after_figure = True
            else:
                out.append(self._replacement(token, after_figure, sentence_start))
                after_figure = False
            sentence_start = False
            last = match.end()
        out.append(paragraph[last:])
        return "".join(out)

    def document(self, target, rng):
        """A retelling: a share of the story's paragraphs, one figure sometimes given differently."""
        chosen, size = [], 0
        for paragraph in rng.sample(self.paragraphs, len(self.paragraphs)):
            if size >= target:
                break
            if rng.random() < 0.1:
                paragraph = perturb(paragraph, rng)
            chosen.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        return chosen


def build_news_corpus(root, sources, files, size_mb, seed):
    """Writes FILES documents of SIZE_MB MB in all under ROOT/docs/00..99; returns the counts."""
    txt, md = [], []
    for path in sources:
        (md if path.endswith(".md") else txt).extend(paragraphs(path))
    md_share = len(md) / (len(txt) + len(md))
    rng = random.Random(seed)
    by_class = _lexicon()
    lexicon = {kind: _Zipf(words, rng) for kind, words in by_class.items()}
    word_class = {word: kind for kind, words in by_class.items() for word in words}
    protected = _protected()
    avg = size_mb * 1_000_000 * 1.02 / files
    docs = os.path.join(root, "docs")
    index, total, vocabulary = 0, 0, set()
    while index < files:
        story_rng = random.Random(seed * 1_000_003 + index)
        is_md = story_rng.random() < md_share
        story = _Story(md if is_md else txt, 2.5 * avg, lexicon, word_class, protected, story_rng)
        for _ in range(min(story_rng.randint(2, 12), files - index)):
            chosen = story.document(story_rng.uniform(0.5, 1.5) * avg, story_rng)
            data = ("\n\n".join(chosen) + "\n").encode("utf-8")
            vocabulary.update(w.lower() for w in WORD.findall(data.decode("utf-8")))
            name = os.path.join(docs, f"{index % SUBDIRS:02d}", f"doc{index:06d}.{'md' if is_md else 'txt'}")
            with open(name, "wb") as f:
                f.write(data)
            total += len(data)
            index += 1
    return dict(bytes=total, distinct_words=len(vocabulary))
