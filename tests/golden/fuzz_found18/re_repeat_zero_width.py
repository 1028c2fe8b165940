# _sre repeats an empty or zero-width item; fancy-regex refused to.
import re
for p in ['(?:)*', '(?:(?:))+?', '(?=a)*', '(?<=a)+', '(?!)*', '(?:){2}', '(?i:)*',
          '(?:$)*', '(?=(a))+', '(?:(?=x))*', '(a)(?:(?(1)))*']:
    c = re.compile(p)
    print(repr(p), c.findall('xaab'), re.sub(p, '-', 'ab'), [m.span() for m in c.finditer('aba')])
