import re

print('# v0')
try:
    r = [(m.span(), m.group()) for m in re.finditer('(?:\\D(?:ab+|(?:[ab]?|\\w+?)\\.(?=\\D))|(?<=\\.+(?<=\\W){1,2}?(?:[a-c1]?|[ab].é{1,2}?)){1,3}\\w(?:(?<=a ??é)[\\w-]|.{2,}(\\sA?ab)))\\A\\1{2,}', '')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v1')
try:
    r = re.subn('(?:[ab](?:(?<=[ab]{0,1}?.)|\\.(?<=1)a+)(?:(?:\\D|1{1,3})1??(?:[0-9]|a{1,2}?a)+?|(?P<g0> *\\S*)x\\S){1,2}?|\\s)(?!( $(?:ab??|a)){0,1}?(?:.|b)[\\w-])é', '-', 'aaa', count=2, flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v2')
try:
    r = re.subn('[^a ]\\D', '<\\g<0>>', 'éA ab AB', flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v3')
try:
    m = re.search('A?(?:(?:(?:ab[a-c1]|x{2,}x)(?:[0-9]|\\.\\.)??|x)(?:(?:\\s|[^a ])|\\S?[\\d.])(?:\\d\\.|\\B)??|\\D^)', 'aab ab1 x-y', flags=re.X); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v4')
try:
    m = re.search('\\Wb(?:(?:b*^|x(?:-|1+?)[0-9])\\d|\\S){,2}', 'aab ab1 x-y', flags=re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v5')
try:
    m = re.search('(?=(é){1,2}?\\.{2,})', 'abab\nbaba'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v6')
try:
    r = re.subn('(?:(?<!(?:b*?é+?|\\D\\D{,2})+\\w+?(?:\\W{,2}A|[\\w-]??[ab]\\.))((?<=\\s)*?.)|(?P<g1>\\1{2}))(?:\\D{2,}é|A[^a ])(?:\\2\\S\\2|\\1[ab]+\\1)', '\\g<1>\\g<1>', 'aaa')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v7')
try:
    r = re.subn('(?:(?:(?:\\D\\w|[\\d.]\\D{2}\\D))(?:(?:[a-c1]?\\s{2}-|1)|(?!\\w){2}){,2}\\w|\\B)(?:\\b\\W{0,1}?|(?:(?:a*[\\d.]{1,3}ab|1a){1,3}|é{2}(?:ab-?[^a ]+|aA\\S))*?-b{1,3})x', '[\\1]', '1.5 -2 30.25', count=1, flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v8')
try:
    r = re.split('[\\d.]', 'x1 x22 x333\nx4', maxsplit=1, flags=re.S)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v9')
try:
    r = re.subn(' {1,2}?ab', '[\\1]', '--1--22--', flags=re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v10')
try:
    r = re.findall('A[\\d.]', 'aab ab1 x-y', flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v11')
try:
    m = re.search('(?: ??[0-9](?!(?<!\\S\\w)??\\.(?=A)))(?:^|(?:(?=[\\w-]??1{1,3})|(?!a)(?:\\S*\\.{0,1}?|\\d{,2}))){1,3}[^a ]', 'a-b_c d'); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v12')
try:
    r = re.findall('1\\Z(?:$|\\b)??', 'ab\n', flags=re.M)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v13')
try:
    r = re.subn('\\BA', '(\\g<g0>)', '')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v14')
try:
    r = re.findall('[0-9]{2}-(?:(?:[^a ]|\\s(?:x+?))??((?:\\w-|aa??)[^a ]*?)[0-9]{0,1}?|[^a ](?:(?:[\\w-]|[^a ]ab){1,3})[a-c1])', 'éA ab AB')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v15')
try:
    m = re.fullmatch('^(?: [\\w-][^a ]|\\w{0,1}?.(?:(?:.\\w+?[\\d.]|ab[a-c1])?(?:.{0,1}? *?|ab.\\W)|(?:é+|\\s[ab])a{,2}([0-9])??))?', 'éA ab AB', flags=re.I); r = m and (m.regs, m.lastgroup)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v16')
try:
    r = [(m.span(), m.group()) for m in re.finditer('é1{2,}a', 'a1b22c333')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v17')
try:
    m = re.search('\\S', 'abab\nbaba', flags=re.I); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v18')
try:
    r = [(m.span(), m.group()) for m in re.finditer('\\Z', 'a-b_c d')]
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v19')
try:
    r = re.findall('[a-c1]x{1,3}(?=\\w{0,1}?)| ', 'éA ab AB', flags=re.A)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v20')
try:
    r = re.findall('(-{2}é{1,2}?){2}(?:(?<= [^a ](?P<g1>\\s\\w){2,})\\1??x|(?<![\\w-]+)(?:ab{,2}\\2(?P=g1){0,1}?|\\S{0,1}?[0-9]?(?:\\d|1{1,2}?\\D+)??)$)', 'a1b22c333')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v21')
try:
    m = re.search('a{,2}\\W[\\w-]', 'a-b_c d', flags=re.I | re.M); r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v22')
try:
    r = re.findall('\\D*?', 'abab\nbaba', flags=re.I)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v23')
try:
    r = re.subn('(?<=A{0,1}?\\s)\\B(?<!(?P<g0>(?:\\WA.+?|[\\d.]))?(?:(?P=g0)\\1)\\B)', '-', '  x  ')
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
print('# v24')
try:
    m = re.fullmatch('(?<![0-9]*b[a-c1])(?:\\B$|.?^\\B)\\d{2,}|(?:(?<!ab\\D)(?:\\W\\S|[0-9]{,2}\\s??)\\W{1,3}|(ax\\.)(?=a+x+?A{1,2}?)?)??', '  x  '); r = m and (m.regs, m.lastgroup)
    print(repr(r))
except Exception as e:
    print(type(e).__name__, e)
