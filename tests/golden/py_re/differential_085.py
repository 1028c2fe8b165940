import re

print('# v0')
try:
    r = re.findall('(ab.(A\\A){2,})|\\W(\\b(?<![0-9]\\d\\w).)', '', flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    r = [(m.span(), m.group()) for m in re.finditer('ab', 'aaa', flags=re.I | re.M)]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    r = re.subn('(?:[a-c1](?<!(?:b{,2}|\\d{2,}x\\W+)[\\w-])|(?:-(?:\\Db{1,3}[^a ]|.ab\\.{1,2}?)[\\w-]{2}|(?<!a))(?<=(ab1))-*?)', '', '--1--22--', flags=re.I | re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    r = re.split('[\\w-]+?^\\s+', 'a-b_c d', maxsplit=1, flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    r = [(m.span(), m.group()) for m in re.finditer('(?:$[\\d.](?:\\Z(?!\\d+\\.{0,1}?é)|é{1,2}?)|[\\w-])', 'éA ab AB')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    r = re.findall('(\\D{,2}(?:\\A\\w|1+\\W{,2}))(?!(x)(?P<g2>(?:[^a ]+?|[ab]\\.\\S+?){,2}$)+)\\S*?', 'a1b22c333')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    r = re.findall('(?:(?!(?:\\d|[a-c1]1).(b??))|b)(?!(?:\\.|\\s??))(?=[^a ]??1{2,})??', 'aaa', flags=re.X)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    r = re.subn('[a-c1]{1,3}\\W( a)', '-', 'x1 x22 x333\nx4', flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    m = re.search('(?<!(?:(\\S[^a ]*)(?<!\\s\\D*?\\D)|\\w(?!ab[0-9]*)){0,1}?)', 'éA ab AB'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    r = re.subn('.{1,2}?(?:(?:\\s*?|\\b(?:\\D{1,3}\\s\\W|\\d??[\\d.]))(?:ab+|\\A)|[0-9])(?:.+é[ab]|[\\w-]?(?<=(?:\\D\\s\\D|\\S[ab]){1,3}(?:.|éb{1,3})\\D{1,2}?))|(?:(?<=ab*?.{2}){1,3})(?:(?: \\.+|ab)|(\\s[\\d.]\\w))', '-', '1.5 -2 30.25', count=1, flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    m = re.fullmatch('\\d', 'aaa'); r = m and (m.regs, m.lastgroup)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    r = re.split('[0-9](?:(?:(?P<g0>[^a ]{,2}a){0,1}?|(?:[^a ]\\W?|\\w?){2,})??\\W*)^', 'x1 x22 x333\nx4', flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    m = re.search('(?:(?:\\S|(?<=\\da??[0-9]))|\\W{2})1', 'abab\nbaba', flags=re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    m = re.search('^', '--1--22--'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    m = re.search('(?:$\\d|(?!é)(?!(?:\\D{1,3}[a-c1]é|\\w{0,1}?é)-){2,})[ab]\\S*?', 'a-b_c d', flags=re.I | re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    r = re.findall('\\W', 'a1b22c333')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    m = re.fullmatch('(?:(?:\\b[a-c1])|-A\\A)(?:(?<=(?:\\.x[0-9]|a{,2}\\s+?[ab]{2})(\\D\\w{,2}){,2})(?P<g1>(?:\\d{0,1}?ab|.)[\\w-])|[\\d.]b[\\d.])|-', 'ab\n'); r = m and (m.regs, m.lastgroup)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    r = re.split('^(?:[ab](?:A|-*?[a-c1])|a{2}1(?:A|\\S\\d))', 'abab\nbaba', maxsplit=1, flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    r = re.split('\\A(?:\\s{0,1}?(?P<g0>x-\\Z)\\B)|(?:\\Z(?:[\\d.]|é{2,}a +?)\\s|é\\D*)(?!\\.[^a ](?:[\\w-]|\\W.\\.{1,2}?){2,}){0,1}?', 'éA ab AB', flags=re.I | re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    m = re.search('(?=\\W(?:(?:b+\\w)+?))(?<!(\\S)?\\D{1,3}){,2}', 'ab\n', flags=re.I | re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    m = re.search('[\\d.]\\b1', '', flags=re.S); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    r = re.split('[a-c1]{1,2}?(?:(?:(?:\\W|A{2}-+?)[ab](?:[^a ]{1,3}\\D|\\wab)|\\W)|(?<!(?:[\\d.][ab]x)(?<! {1,2}?\\.*)){2}[\\d.])', 'aaa', flags=re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    r = re.subn('A{1,2}?(?:(?P<g0>.(?: |ab[a-c1]\\s))(?:[\\d.]+(?P=g0)|[^a ]..){1,3}\\.|a*?)(?<=( ).\\2)?|.(?:A|.*)', '(\\g<g0>)', 'a1b22c333', flags=re.X)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    r = re.split('[[\\w-]', 'éA ab AB', flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    r = re.split('(?:(?:(?<!a{2}[a-c1]{2} )(?:\\s??\\S |ab?\\s?[0-9]))[a-c1]|é)(?:ab\\B(?:(?:\\.{,2}\\S)-(?:.|\\D-)|[0-9]))(?:[\\w-](?:\\W(?:\\s|.*?[ab]+){0,1}?|\\A)[\\w-])', 'abab\nbaba', maxsplit=1, flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
