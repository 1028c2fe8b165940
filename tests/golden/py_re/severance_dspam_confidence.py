# Modeled on: http://www.opentextbooks.org.hk/ditatopic/6777
import re
import numpy as np

hand = """From stephen.marquard@uct.ac.za Sat Jan  5 09:14:16 2008
X-DSPAM-Result: Innocent
X-DSPAM-Processed: Sat Jan  5 09:14:16 2008
X-DSPAM-Confidence: 0.8475
X-DSPAM-Probability: 0.0000
Subject: [sakai] svn commit: r39772
X-DSPAM-Confidence: 0.6178
X-DSPAM-Probability: 0.0000
X-DSPAM-Confidence: 0.6961
X-DSPAM-Probability: 0.0000
Details: http://source.sakaiproject.org/viewsvn/?view=rev&rev=39771
X-DSPAM-Confidence: 0.7565
""".split("\n")

for line in hand:
    line = line.rstrip()
    if re.search(r'^X\S*: [0-9.]+', line):
        print(line)

for line in hand:
    line = line.rstrip()
    x = re.findall(r'^X\S*: ([0-9.]+)', line)
    if len(x) > 0:
        print(x)

# Next: only the confidences, as numbers, with a running mean.
conf = []
for line in hand:
    x = re.findall(r'^X-DSPAM-Confidence: ([0-9.]+)', line)
    if len(x) != 1:
        continue
    conf.append(float(x[0]))
c = np.array(conf)
print(c)
print(np.cumsum(c))
print(np.cumsum(c) / np.arange(1, len(c) + 1))
print(np.cumprod(c))
text = "\n".join(hand)
print(re.findall(r'^X-DSPAM-(\w+): ([0-9.]+)$', text, re.MULTILINE))
print(re.findall(r'^X-DSPAM-Confidence: ([0-9.]+)$', text))
m = re.search(r'(?m)^From (\S+@\S+) \w+ (\w+) +(\d+) (\d\d):(\d\d):(\d\d)', text)
print(m.group(1), m.group(2, 3), m.groups()[3:], m.span(4))
print(np.cumsum([int(t) for t in m.groups()[3:]]))
print(re.findall(r'\S+?@\S+', text), re.findall(r'@([^ ]*)', text))
print(re.sub(r'([0-9.]+)$', lambda m: f"{float(m[1]):.1%}", hand[3]))
