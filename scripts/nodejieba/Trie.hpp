#ifndef CPPJIEBA_TRIE_HPP
#define CPPJIEBA_TRIE_HPP

// policy-extract: a compact replacement for cppjieba's Trie.hpp (installed by
// scripts/patch-nodejieba.mjs). Same classes, same interface, same results; only how a node's
// children and a dictionary entry are stored differs.
// - Trie: cppjieba keeps a node's children in a heap-allocated unordered_map per node and every
//   node in its own allocation: ~70 MB for jieba's 349,000-word dictionary. Here a node's children
//   are one sorted array of (character, node) pairs, the nodes stored in it by value, found by
//   binary search: ~20 MB. The dictionary file is sorted, so building appends.
// - DictUnit: cppjieba's is 128 bytes (the word in a LocalVector with room for 16 characters inline,
//   the part-of-speech tag in its own std::string): 45 MB for the dictionary. Here the word is a
//   u32string (three characters inline, longer ones on the heap) and the tag points into a set of
//   the few distinct tags: 48 bytes. Cutting reads only a unit's length and weight; tagging reads
//   its tag.

#include <algorithm>
#include <mutex>
#include <set>
#include <string>
#include <vector>
#include <queue>
#include "limonp/StdExtension.hpp"
#include "Unicode.hpp"

namespace cppjieba {

using namespace std;

const size_t MAX_WORD_LENGTH = 512;

/** A dictionary word: its characters, read as cppjieba's Unicode is (size, index, conversion). */
class DictWord {
 public:
  size_t size() const { return runes_.size(); }
  bool empty() const { return runes_.empty(); }
  Rune operator[](size_t i) const { return static_cast<Rune>(runes_[i]); }
  operator Unicode() const {
    Unicode u;
    for (size_t i = 0; i < runes_.size(); i++) u.push_back(static_cast<Rune>(runes_[i]));
    return u;
  }
  void assign(const Unicode& u) {
    runes_.clear();
    runes_.reserve(u.size());
    for (Unicode::const_iterator it = u.begin(); it != u.end(); ++it) runes_.push_back(static_cast<char32_t>(*it));
  }

 private:
  u32string runes_;
};

inline bool DecodeUTF8RunesInString(const string& s, DictWord& word) {
  Unicode u;
  if (!DecodeUTF8RunesInString(s, u)) return false;
  word.assign(u);
  return true;
}

/** A part-of-speech tag, kept once per distinct tag for the whole process. */
class DictTag {
 public:
  DictTag() : tag_(&Empty()) {}
  DictTag& operator=(const string& tag) {
    tag_ = &Intern(tag);
    return *this;
  }
  bool empty() const { return tag_->empty(); }
  operator const string&() const { return *tag_; }

 private:
  static const string& Empty() {
    static const string empty;
    return empty;
  }
  static const string& Intern(const string& tag) {
    static mutex guard;
    static set<string> tags;
    lock_guard<mutex> lock(guard);
    return *tags.insert(tag).first;
  }
  const string* tag_;
};

struct DictUnit {
  DictWord word;
  double weight;
  DictTag tag;
}; // struct DictUnit

struct Dag {
  RuneStr runestr;
  // [offset, nexts.first]
  limonp::LocalVector<pair<size_t, const DictUnit*> > nexts;
  const DictUnit * pInfo;
  double weight;
  size_t nextPos; // TODO
  Dag():runestr(), pInfo(NULL), weight(0.0), nextPos(0) {
  }
}; // struct Dag

typedef Rune TrieKey;

class TrieChildren;

class TrieNode {
 public:
  TrieNode(): next(NULL), ptValue(NULL) {
  }
  TrieChildren *next;
  const DictUnit *ptValue;
};

/** A node's children: (key, node) pairs sorted by key. */
class TrieChildren {
 public:
  typedef pair<TrieKey, TrieNode> Entry;
  typedef vector<Entry>::iterator iterator;
  typedef vector<Entry>::const_iterator const_iterator;

  inline const TrieNode* Find(TrieKey key) const;
  inline TrieNode* Find(TrieKey key);
  /** The child for `key`, added when missing. */
  inline TrieNode* Get(TrieKey key);
  inline void Erase(TrieKey key);
  inline void Shrink();
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }

 private:
  struct Less {
    bool operator()(const Entry& e, TrieKey key) const { return e.first < key; }
  };
  vector<Entry> entries_;
};

inline const TrieNode* TrieChildren::Find(TrieKey key) const {
  const_iterator it = lower_bound(entries_.begin(), entries_.end(), key, Less());
  return it != entries_.end() && it->first == key ? &it->second : NULL;
}

inline TrieNode* TrieChildren::Find(TrieKey key) {
  iterator it = lower_bound(entries_.begin(), entries_.end(), key, Less());
  return it != entries_.end() && it->first == key ? &it->second : NULL;
}

inline TrieNode* TrieChildren::Get(TrieKey key) {
  if (entries_.empty() || entries_.back().first < key) {
    entries_.push_back(Entry(key, TrieNode()));
    return &entries_.back().second;
  }
  iterator it = lower_bound(entries_.begin(), entries_.end(), key, Less());
  if (it == entries_.end() || it->first != key) {
    it = entries_.insert(it, Entry(key, TrieNode()));
  }
  return &it->second;
}

inline void TrieChildren::Erase(TrieKey key) {
  iterator it = lower_bound(entries_.begin(), entries_.end(), key, Less());
  if (it != entries_.end() && it->first == key) {
    entries_.erase(it);
  }
}

inline void TrieChildren::Shrink() {
  vector<Entry>(entries_).swap(entries_);
}

class Trie {
 public:
  Trie(const vector<Unicode>& keys, const vector<const DictUnit*>& valuePointers)
   : root_(new TrieNode) {
    CreateTrie(keys, valuePointers);
  }
  ~Trie() {
    DeleteChildren(root_);
    delete root_;
  }

  const DictUnit* Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    if (begin == end) {
      return NULL;
    }

    const TrieNode* ptNode = root_;
    for (RuneStrArray::const_iterator it = begin; it != end; it++) {
      if (NULL == ptNode->next) {
        return NULL;
      }
      ptNode = static_cast<const TrieChildren*>(ptNode->next)->Find(it->rune);
      if (NULL == ptNode) {
        return NULL;
      }
    }
    return ptNode->ptValue;
  }

  void Find(RuneStrArray::const_iterator begin, 
        RuneStrArray::const_iterator end, 
        vector<struct Dag>&res, 
        size_t max_word_len = MAX_WORD_LENGTH) const {
    assert(root_ != NULL);
    res.resize(end - begin);

    const TrieNode *ptNode = NULL;
    for (size_t i = 0; i < size_t(end - begin); i++) {
      res[i].runestr = *(begin + i);

      ptNode = root_->next != NULL ? static_cast<const TrieChildren*>(root_->next)->Find(res[i].runestr.rune) : NULL;
      if (ptNode != NULL) {
        res[i].nexts.push_back(pair<size_t, const DictUnit*>(i, ptNode->ptValue));
      } else {
        res[i].nexts.push_back(pair<size_t, const DictUnit*>(i, static_cast<const DictUnit*>(NULL)));
      }

      for (size_t j = i + 1; j < size_t(end - begin) && (j - i + 1) <= max_word_len; j++) {
        if (ptNode == NULL || ptNode->next == NULL) {
          break;
        }
        ptNode = static_cast<const TrieChildren*>(ptNode->next)->Find((begin + j)->rune);
        if (ptNode == NULL) {
          break;
        }
        if (NULL != ptNode->ptValue) {
          res[i].nexts.push_back(pair<size_t, const DictUnit*>(j, ptNode->ptValue));
        }
      }
    }
  }

  void InsertNode(const Unicode& key, const DictUnit* ptValue) {
    if (key.begin() == key.end()) {
      return;
    }

    // Only the children of the node being walked change, never a node above it, so the
    // pointer into its parent's array stays valid.
    TrieNode *ptNode = root_;
    for (Unicode::const_iterator citer = key.begin(); citer != key.end(); ++citer) {
      if (NULL == ptNode->next) {
        ptNode->next = new TrieChildren;
      }
      ptNode = ptNode->next->Get(*citer);
    }
    assert(ptNode != NULL);
    ptNode->ptValue = ptValue;
  }

  // As cppjieba's: removes the entry of the key's first character (and what is under it).
  void DeleteNode(const Unicode& key, const DictUnit* ptValue) {
    if (key.begin() == key.end() || NULL == root_->next) {
      return;
    }
    TrieNode* first = root_->next->Find(*key.begin());
    if (first == NULL) {
      return;
    }
    DeleteChildren(first);
    root_->next->Erase(*key.begin());
  }

 private:
  void CreateTrie(const vector<Unicode>& keys, const vector<const DictUnit*>& valuePointers) {
    if (valuePointers.empty() || keys.empty()) {
      return;
    }
    assert(keys.size() == valuePointers.size());

    for (size_t i = 0; i < keys.size(); i++) {
      InsertNode(keys[i], valuePointers[i]);
    }
    Shrink(root_);
  }

  /** Arrays grew by doubling while the dictionary was read: trim them to size. */
  void Shrink(TrieNode* node) {
    if (NULL == node->next) {
      return;
    }
    node->next->Shrink();
    for (TrieChildren::iterator it = node->next->begin(); it != node->next->end(); ++it) {
      Shrink(&it->second);
    }
  }

  void DeleteChildren(TrieNode* node) {
    if (NULL == node->next) {
      return;
    }
    for (TrieChildren::iterator it = node->next->begin(); it != node->next->end(); ++it) {
      DeleteChildren(&it->second);
    }
    delete node->next;
    node->next = NULL;
  }

  TrieNode* root_;
}; // class Trie
} // namespace cppjieba

#endif // CPPJIEBA_TRIE_HPP
