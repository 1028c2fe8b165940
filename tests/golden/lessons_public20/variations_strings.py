# Variations on the localized tables: str methods on CJK and fullwidth text (isnumeric of kanji
# numerals, isalpha and isalnum by Python's Unicode 14 database, fullwidth digits read by int and
# float), np.char/np.strings padding with wide fill characters, and number formats with 円.
import numpy as np
import unicodedata
a = np.array(["月曜日", "火", "水曜"])
print(np.char.ljust(a, 5, "・"), np.strings.center(a, 6, "＊"))
print(np.char.str_len(a), np.strings.rjust(a, 4))
print(a.dtype, np.char.add(a, "の累計"))
print(np.char.mod("%-4s|", a))
print(np.array2string(np.cumsum([1, 2, 3]), prefix="累計: "))
print(repr(a))
print(np.array(["累計", "合計"], dtype="<U5"))
s = "累積和"
print(s.isnumeric(), "１２３".isdigit(), int("１２３"), float("３.５"), "一二三".isnumeric())
print(f"{'累':>{3}}", f"{'和':{'＝'}^{5}}")
print(format(1234567, ","), f"{1234567:_}", f"{1234567.891:,.2f}円")
print("{0:・<8}{1:>6,d}".format("東京", 12345))
print("売上,利益".split(","), "　".join(["全角", "空白"]), "全角　空白".split())
print(sorted(["りんご", "バナナ", "みかん"]), max("累積和"), ord("累"), chr(0x7D2F))
print("ａｂｃ".upper(), "ÄÖÜ".lower(), "straße".upper(), "ǅ".title())
print(unicodedata.east_asian_width("ß"), [len(x) for x in ["ｶﾞ", "ガ"]])
print("一二三四五六七八九十百千万億".isnumeric(), "〇".isnumeric(), "参拾".isnumeric(), "第一".isnumeric())
print("Ⅳ".isalpha(), "Ⅳ".isnumeric(), "ⅳ".isalnum(), "\u0301".isalpha(), "ͅ".isalpha(), "ª".isalpha())
print("漢字かなカナ".isalpha(), "한글".isalpha(), "١٢٣".isdecimal(), "²".isdigit(), "½".isdecimal())
labels = np.array(["一", "二", "三", "x1"])
print(np.strings.isnumeric(labels), np.strings.isalpha(labels), np.char.isalnum(labels))
print(sum(1 for i in range(0x4E00, 0x9FFF) if chr(i).isnumeric()))
print(sum(1 for i in range(0x2100, 0x2200) if chr(i).isalpha()))
