import re

print('# v0')
try:
    m = re.search('[^a ]', 'x1 x22 x333\nx4', flags=re.X); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    m = re.fullmatch('\\Z\\Aab+', 'ab\n', flags=re.A); r = m and (m.regs, m.lastgroup)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    m = re.search('\\d??(?:\\b[0-9]{1,3}[\\d.]|A\\b(?=(?:[\\w-][^a ]{2}|[ab][a-c1]?A)(?<![ab]1)))', 'a-b_c d', flags=re.A); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    r = re.subn('\\d?(?<!(?:(?:\\d[ab]|b1[^a ]?)(?:[\\d.]{1,3}-|a{1,3}ab)+(?P<g0>éa{2,}[ab])|(?<=[^a ]{2}x\\w)\\B)ab??(?<![ab]+?)+)', '\\g<1>\\g<1>', '  x  ', count=1, flags=re.X)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    r = re.findall('(?<!(?P<g0>-[\\d.](?:[\\d.]{1,2}?a{,2}|[^a ]){0,1}?)\\S +?)(?P=g0){,2}', 'a-b_c d', flags=re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    r = re.findall('ab', 'ab\n')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    r = re.subn('(?:((?:A{2,}|\\wx+?\\S{0,1}?)??(?=1)\\s+?)+?a*?|1)(?:.(?!\\W*?(?=1é)(?:AA{1,2}?|\\S*))*|(?:(?=[^a ]){2,}|\\W)(?<=a)\\1+?)', '', '  x  ')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    r = re.findall('(?:(?:(?P<g0>é\\.é)(?:\\D\\d*?|[\\d.]é){0,1}?|a\\1)??^(\\Z)|\\A(?:x\\d{1,2}?(?!\\w+?){2}))\\2[0-9]{,2}|\\Bé', 'aab ab1 x-y', flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    m = re.search('[0-9]{2,}1', '--1--22--'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    r = re.split('(?P<g0>[ab][^a ]??(?<=(?:ab\\d|\\S){1,2}?(?! {1,3}A)){1,3})1{1,3}', 'abab\nbaba', flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    r = [(m.span(), m.group()) for m in re.finditer('(?:.[0-9]|1(?:(?:[^a ]??ba{1,2}?|[a-c1][ab])\\.(-[\\w-])|\\b)*?(?:(?P<g1>ab)+?|[0-9](?:\\s??\\d|b[ab]){1,3})+?)(?P<g2>b(?:(?<![0-9][ab][^a ])??ab(?:[^a ]|[\\w-]\\.{,2})|^))(?P=g1)', '')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    r = re.findall('(?!((?:é\\w\\d|.{1,2}? [\\w-])){,2})é\\s{,2}|\\D', 'abab\nbaba', flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    r = re.subn('\\b', '(\\g<g0>)', '  x  ', count=2, flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    r = re.split('[0-9]', '1.5 -2 30.25', maxsplit=1, flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    r = re.subn('[0-9]-ab', '(\\g<g0>)', 'a1b22c333', count=2)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    r = [(m.span(), m.group()) for m in re.finditer('(?:x(?:\\D$|\\B\\.)|(?<!(?:\\d.{,2}1|[a-c1]{,2}[a-c1]{0,1}?))\\B1)+?|((?:\\s[ab]{1,2}?A*?|\\s[\\w-]*?[a-c1]))', '--1--22--')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    m = re.search('(?:[^a ]{2}(?:[\\w-][^a ]??(?: 1a*| ab*){0,1}?|(bA)(?:[ab]+|\\d+?)\\d{1,2}?)|\\A)*\\B', 'aab ab1 x-y', flags=re.I | re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    r = re.findall('é ^', 'aaa')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    r = re.subn('x(?P<g1>(?:(?:\\s{,2}|\\W{1,2}?)[a-c1]??|(\\d{2}\\w[a-c1]{1,2}?)){1,2}?.[ab])', '<\\g<0>>', 'a1b22c333', count=1)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    m = re.search('\\d{2,}', 'ab\n'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    r = [(m.span(), m.group()) for m in re.finditer('\\.ab(?:(?:(?:[\\w-]\\s|a{1,2}?){2}A1?|[0-9](?<![0-9]\\D){,2}[\\w-]){2}(\\W)|[\\w-](?!A\\A)\\W){,2}', '1.5 -2 30.25', flags=re.I)]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    r = re.findall('a*?[\\w-](?:-|1{2}[\\w-]{,2}(?:\\.*ab(?<!1-)?|\\.{1,3}))', 'éA ab AB')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    m = re.search('(?=(?:b|(?=\\S)$)x){2}', '1.5 -2 30.25'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    r = re.findall('[\\w-]{2}(?:[\\w-]^($(?:[a-c1]|\\w[\\w-]*?)\\s)|(?<!$(?:.\\D??|\\d\\S)(?:[0-9]\\s|A*?ab*)){2,}\\Z)+(?:ab|(?:(?=[0-9])éb|[0-9]{2})){2,}', 'ab\n')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    r = [(m.span(), m.group()) for m in re.finditer('(?:(?:.\\s{1,2}?|1{2}\\W)|é{,2})??\\w|\\.x*?(?P<g0>\\d\\B\\D)', 'a-b_c d')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
