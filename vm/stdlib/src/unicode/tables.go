//go:build ignore

// Package unicode: the named range tables (contents held by the host).
package unicode

var (
	ASCII_Hex_Digit                    = &RangeTable{name: "ASCII_Hex_Digit"}
	Adlam                              = &RangeTable{name: "Adlam"}
	Ahom                               = &RangeTable{name: "Ahom"}
	Anatolian_Hieroglyphs              = &RangeTable{name: "Anatolian_Hieroglyphs"}
	Arabic                             = &RangeTable{name: "Arabic"}
	Armenian                           = &RangeTable{name: "Armenian"}
	Avestan                            = &RangeTable{name: "Avestan"}
	Balinese                           = &RangeTable{name: "Balinese"}
	Bamum                              = &RangeTable{name: "Bamum"}
	Bassa_Vah                          = &RangeTable{name: "Bassa_Vah"}
	Batak                              = &RangeTable{name: "Batak"}
	Bengali                            = &RangeTable{name: "Bengali"}
	Bhaiksuki                          = &RangeTable{name: "Bhaiksuki"}
	Bidi_Control                       = &RangeTable{name: "Bidi_Control"}
	Bopomofo                           = &RangeTable{name: "Bopomofo"}
	Brahmi                             = &RangeTable{name: "Brahmi"}
	Braille                            = &RangeTable{name: "Braille"}
	Buginese                           = &RangeTable{name: "Buginese"}
	Buhid                              = &RangeTable{name: "Buhid"}
	C                                  = &RangeTable{name: "C"}
	Canadian_Aboriginal                = &RangeTable{name: "Canadian_Aboriginal"}
	Carian                             = &RangeTable{name: "Carian"}
	Caucasian_Albanian                 = &RangeTable{name: "Caucasian_Albanian"}
	Cc                                 = &RangeTable{name: "Cc"}
	Cf                                 = &RangeTable{name: "Cf"}
	Chakma                             = &RangeTable{name: "Chakma"}
	Cham                               = &RangeTable{name: "Cham"}
	Cherokee                           = &RangeTable{name: "Cherokee"}
	Chorasmian                         = &RangeTable{name: "Chorasmian"}
	Cn                                 = &RangeTable{name: "Cn"}
	Co                                 = &RangeTable{name: "Co"}
	Common                             = &RangeTable{name: "Common"}
	Coptic                             = &RangeTable{name: "Coptic"}
	Cs                                 = &RangeTable{name: "Cs"}
	Cuneiform                          = &RangeTable{name: "Cuneiform"}
	Cypriot                            = &RangeTable{name: "Cypriot"}
	Cypro_Minoan                       = &RangeTable{name: "Cypro_Minoan"}
	Cyrillic                           = &RangeTable{name: "Cyrillic"}
	Dash                               = &RangeTable{name: "Dash"}
	Deprecated                         = &RangeTable{name: "Deprecated"}
	Deseret                            = &RangeTable{name: "Deseret"}
	Devanagari                         = &RangeTable{name: "Devanagari"}
	Diacritic                          = &RangeTable{name: "Diacritic"}
	Digit                              = &RangeTable{name: "Digit"}
	Dives_Akuru                        = &RangeTable{name: "Dives_Akuru"}
	Dogra                              = &RangeTable{name: "Dogra"}
	Duployan                           = &RangeTable{name: "Duployan"}
	Egyptian_Hieroglyphs               = &RangeTable{name: "Egyptian_Hieroglyphs"}
	Elbasan                            = &RangeTable{name: "Elbasan"}
	Elymaic                            = &RangeTable{name: "Elymaic"}
	Ethiopic                           = &RangeTable{name: "Ethiopic"}
	Extender                           = &RangeTable{name: "Extender"}
	Georgian                           = &RangeTable{name: "Georgian"}
	Glagolitic                         = &RangeTable{name: "Glagolitic"}
	Gothic                             = &RangeTable{name: "Gothic"}
	Grantha                            = &RangeTable{name: "Grantha"}
	Greek                              = &RangeTable{name: "Greek"}
	Gujarati                           = &RangeTable{name: "Gujarati"}
	Gunjala_Gondi                      = &RangeTable{name: "Gunjala_Gondi"}
	Gurmukhi                           = &RangeTable{name: "Gurmukhi"}
	Han                                = &RangeTable{name: "Han"}
	Hangul                             = &RangeTable{name: "Hangul"}
	Hanifi_Rohingya                    = &RangeTable{name: "Hanifi_Rohingya"}
	Hanunoo                            = &RangeTable{name: "Hanunoo"}
	Hatran                             = &RangeTable{name: "Hatran"}
	Hebrew                             = &RangeTable{name: "Hebrew"}
	Hex_Digit                          = &RangeTable{name: "Hex_Digit"}
	Hiragana                           = &RangeTable{name: "Hiragana"}
	Hyphen                             = &RangeTable{name: "Hyphen"}
	IDS_Binary_Operator                = &RangeTable{name: "IDS_Binary_Operator"}
	IDS_Trinary_Operator               = &RangeTable{name: "IDS_Trinary_Operator"}
	Ideographic                        = &RangeTable{name: "Ideographic"}
	Imperial_Aramaic                   = &RangeTable{name: "Imperial_Aramaic"}
	Inherited                          = &RangeTable{name: "Inherited"}
	Inscriptional_Pahlavi              = &RangeTable{name: "Inscriptional_Pahlavi"}
	Inscriptional_Parthian             = &RangeTable{name: "Inscriptional_Parthian"}
	Javanese                           = &RangeTable{name: "Javanese"}
	Join_Control                       = &RangeTable{name: "Join_Control"}
	Kaithi                             = &RangeTable{name: "Kaithi"}
	Kannada                            = &RangeTable{name: "Kannada"}
	Katakana                           = &RangeTable{name: "Katakana"}
	Kawi                               = &RangeTable{name: "Kawi"}
	Kayah_Li                           = &RangeTable{name: "Kayah_Li"}
	Kharoshthi                         = &RangeTable{name: "Kharoshthi"}
	Khitan_Small_Script                = &RangeTable{name: "Khitan_Small_Script"}
	Khmer                              = &RangeTable{name: "Khmer"}
	Khojki                             = &RangeTable{name: "Khojki"}
	Khudawadi                          = &RangeTable{name: "Khudawadi"}
	L                                  = &RangeTable{name: "L"}
	LC                                 = &RangeTable{name: "LC"}
	Lao                                = &RangeTable{name: "Lao"}
	Latin                              = &RangeTable{name: "Latin"}
	Lepcha                             = &RangeTable{name: "Lepcha"}
	Letter                             = &RangeTable{name: "Letter"}
	Limbu                              = &RangeTable{name: "Limbu"}
	Linear_A                           = &RangeTable{name: "Linear_A"}
	Linear_B                           = &RangeTable{name: "Linear_B"}
	Lisu                               = &RangeTable{name: "Lisu"}
	Ll                                 = &RangeTable{name: "Ll"}
	Lm                                 = &RangeTable{name: "Lm"}
	Lo                                 = &RangeTable{name: "Lo"}
	Logical_Order_Exception            = &RangeTable{name: "Logical_Order_Exception"}
	Lower                              = &RangeTable{name: "Lower"}
	Lt                                 = &RangeTable{name: "Lt"}
	Lu                                 = &RangeTable{name: "Lu"}
	Lycian                             = &RangeTable{name: "Lycian"}
	Lydian                             = &RangeTable{name: "Lydian"}
	M                                  = &RangeTable{name: "M"}
	Mahajani                           = &RangeTable{name: "Mahajani"}
	Makasar                            = &RangeTable{name: "Makasar"}
	Malayalam                          = &RangeTable{name: "Malayalam"}
	Mandaic                            = &RangeTable{name: "Mandaic"}
	Manichaean                         = &RangeTable{name: "Manichaean"}
	Marchen                            = &RangeTable{name: "Marchen"}
	Mark                               = &RangeTable{name: "Mark"}
	Masaram_Gondi                      = &RangeTable{name: "Masaram_Gondi"}
	Mc                                 = &RangeTable{name: "Mc"}
	Me                                 = &RangeTable{name: "Me"}
	Medefaidrin                        = &RangeTable{name: "Medefaidrin"}
	Meetei_Mayek                       = &RangeTable{name: "Meetei_Mayek"}
	Mende_Kikakui                      = &RangeTable{name: "Mende_Kikakui"}
	Meroitic_Cursive                   = &RangeTable{name: "Meroitic_Cursive"}
	Meroitic_Hieroglyphs               = &RangeTable{name: "Meroitic_Hieroglyphs"}
	Miao                               = &RangeTable{name: "Miao"}
	Mn                                 = &RangeTable{name: "Mn"}
	Modi                               = &RangeTable{name: "Modi"}
	Mongolian                          = &RangeTable{name: "Mongolian"}
	Mro                                = &RangeTable{name: "Mro"}
	Multani                            = &RangeTable{name: "Multani"}
	Myanmar                            = &RangeTable{name: "Myanmar"}
	N                                  = &RangeTable{name: "N"}
	Nabataean                          = &RangeTable{name: "Nabataean"}
	Nag_Mundari                        = &RangeTable{name: "Nag_Mundari"}
	Nandinagari                        = &RangeTable{name: "Nandinagari"}
	Nd                                 = &RangeTable{name: "Nd"}
	New_Tai_Lue                        = &RangeTable{name: "New_Tai_Lue"}
	Newa                               = &RangeTable{name: "Newa"}
	Nko                                = &RangeTable{name: "Nko"}
	Nl                                 = &RangeTable{name: "Nl"}
	No                                 = &RangeTable{name: "No"}
	Noncharacter_Code_Point            = &RangeTable{name: "Noncharacter_Code_Point"}
	Number                             = &RangeTable{name: "Number"}
	Nushu                              = &RangeTable{name: "Nushu"}
	Nyiakeng_Puachue_Hmong             = &RangeTable{name: "Nyiakeng_Puachue_Hmong"}
	Ogham                              = &RangeTable{name: "Ogham"}
	Ol_Chiki                           = &RangeTable{name: "Ol_Chiki"}
	Old_Hungarian                      = &RangeTable{name: "Old_Hungarian"}
	Old_Italic                         = &RangeTable{name: "Old_Italic"}
	Old_North_Arabian                  = &RangeTable{name: "Old_North_Arabian"}
	Old_Permic                         = &RangeTable{name: "Old_Permic"}
	Old_Persian                        = &RangeTable{name: "Old_Persian"}
	Old_Sogdian                        = &RangeTable{name: "Old_Sogdian"}
	Old_South_Arabian                  = &RangeTable{name: "Old_South_Arabian"}
	Old_Turkic                         = &RangeTable{name: "Old_Turkic"}
	Old_Uyghur                         = &RangeTable{name: "Old_Uyghur"}
	Oriya                              = &RangeTable{name: "Oriya"}
	Osage                              = &RangeTable{name: "Osage"}
	Osmanya                            = &RangeTable{name: "Osmanya"}
	Other                              = &RangeTable{name: "Other"}
	Other_Alphabetic                   = &RangeTable{name: "Other_Alphabetic"}
	Other_Default_Ignorable_Code_Point = &RangeTable{name: "Other_Default_Ignorable_Code_Point"}
	Other_Grapheme_Extend              = &RangeTable{name: "Other_Grapheme_Extend"}
	Other_ID_Continue                  = &RangeTable{name: "Other_ID_Continue"}
	Other_ID_Start                     = &RangeTable{name: "Other_ID_Start"}
	Other_Lowercase                    = &RangeTable{name: "Other_Lowercase"}
	Other_Math                         = &RangeTable{name: "Other_Math"}
	Other_Uppercase                    = &RangeTable{name: "Other_Uppercase"}
	P                                  = &RangeTable{name: "P"}
	Pahawh_Hmong                       = &RangeTable{name: "Pahawh_Hmong"}
	Palmyrene                          = &RangeTable{name: "Palmyrene"}
	Pattern_Syntax                     = &RangeTable{name: "Pattern_Syntax"}
	Pattern_White_Space                = &RangeTable{name: "Pattern_White_Space"}
	Pau_Cin_Hau                        = &RangeTable{name: "Pau_Cin_Hau"}
	Pc                                 = &RangeTable{name: "Pc"}
	Pd                                 = &RangeTable{name: "Pd"}
	Pe                                 = &RangeTable{name: "Pe"}
	Pf                                 = &RangeTable{name: "Pf"}
	Phags_Pa                           = &RangeTable{name: "Phags_Pa"}
	Phoenician                         = &RangeTable{name: "Phoenician"}
	Pi                                 = &RangeTable{name: "Pi"}
	Po                                 = &RangeTable{name: "Po"}
	Prepended_Concatenation_Mark       = &RangeTable{name: "Prepended_Concatenation_Mark"}
	Ps                                 = &RangeTable{name: "Ps"}
	Psalter_Pahlavi                    = &RangeTable{name: "Psalter_Pahlavi"}
	Punct                              = &RangeTable{name: "Punct"}
	Quotation_Mark                     = &RangeTable{name: "Quotation_Mark"}
	Radical                            = &RangeTable{name: "Radical"}
	Regional_Indicator                 = &RangeTable{name: "Regional_Indicator"}
	Rejang                             = &RangeTable{name: "Rejang"}
	Runic                              = &RangeTable{name: "Runic"}
	S                                  = &RangeTable{name: "S"}
	STerm                              = &RangeTable{name: "STerm"}
	Samaritan                          = &RangeTable{name: "Samaritan"}
	Saurashtra                         = &RangeTable{name: "Saurashtra"}
	Sc                                 = &RangeTable{name: "Sc"}
	Sentence_Terminal                  = &RangeTable{name: "Sentence_Terminal"}
	Sharada                            = &RangeTable{name: "Sharada"}
	Shavian                            = &RangeTable{name: "Shavian"}
	Siddham                            = &RangeTable{name: "Siddham"}
	SignWriting                        = &RangeTable{name: "SignWriting"}
	Sinhala                            = &RangeTable{name: "Sinhala"}
	Sk                                 = &RangeTable{name: "Sk"}
	Sm                                 = &RangeTable{name: "Sm"}
	So                                 = &RangeTable{name: "So"}
	Soft_Dotted                        = &RangeTable{name: "Soft_Dotted"}
	Sogdian                            = &RangeTable{name: "Sogdian"}
	Sora_Sompeng                       = &RangeTable{name: "Sora_Sompeng"}
	Soyombo                            = &RangeTable{name: "Soyombo"}
	Space                              = &RangeTable{name: "Space"}
	Sundanese                          = &RangeTable{name: "Sundanese"}
	Syloti_Nagri                       = &RangeTable{name: "Syloti_Nagri"}
	Symbol                             = &RangeTable{name: "Symbol"}
	Syriac                             = &RangeTable{name: "Syriac"}
	Tagalog                            = &RangeTable{name: "Tagalog"}
	Tagbanwa                           = &RangeTable{name: "Tagbanwa"}
	Tai_Le                             = &RangeTable{name: "Tai_Le"}
	Tai_Tham                           = &RangeTable{name: "Tai_Tham"}
	Tai_Viet                           = &RangeTable{name: "Tai_Viet"}
	Takri                              = &RangeTable{name: "Takri"}
	Tamil                              = &RangeTable{name: "Tamil"}
	Tangsa                             = &RangeTable{name: "Tangsa"}
	Tangut                             = &RangeTable{name: "Tangut"}
	Telugu                             = &RangeTable{name: "Telugu"}
	Terminal_Punctuation               = &RangeTable{name: "Terminal_Punctuation"}
	Thaana                             = &RangeTable{name: "Thaana"}
	Thai                               = &RangeTable{name: "Thai"}
	Tibetan                            = &RangeTable{name: "Tibetan"}
	Tifinagh                           = &RangeTable{name: "Tifinagh"}
	Tirhuta                            = &RangeTable{name: "Tirhuta"}
	Title                              = &RangeTable{name: "Title"}
	Toto                               = &RangeTable{name: "Toto"}
	Ugaritic                           = &RangeTable{name: "Ugaritic"}
	Unified_Ideograph                  = &RangeTable{name: "Unified_Ideograph"}
	Upper                              = &RangeTable{name: "Upper"}
	Vai                                = &RangeTable{name: "Vai"}
	Variation_Selector                 = &RangeTable{name: "Variation_Selector"}
	Vithkuqi                           = &RangeTable{name: "Vithkuqi"}
	Wancho                             = &RangeTable{name: "Wancho"}
	Warang_Citi                        = &RangeTable{name: "Warang_Citi"}
	White_Space                        = &RangeTable{name: "White_Space"}
	Yezidi                             = &RangeTable{name: "Yezidi"}
	Yi                                 = &RangeTable{name: "Yi"}
	Z                                  = &RangeTable{name: "Z"}
	Zanabazar_Square                   = &RangeTable{name: "Zanabazar_Square"}
	Zl                                 = &RangeTable{name: "Zl"}
	Zp                                 = &RangeTable{name: "Zp"}
	Zs                                 = &RangeTable{name: "Zs"}
)

var Categories = map[string]*RangeTable{
	"C":  C,
	"Cc": Cc,
	"Cf": Cf,
	"Cn": Cn,
	"Co": Co,
	"Cs": Cs,
	"L":  L,
	"LC": LC,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M":  M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P":  P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var Scripts = map[string]*RangeTable{
	"Adlam":                  Adlam,
	"Ahom":                   Ahom,
	"Anatolian_Hieroglyphs":  Anatolian_Hieroglyphs,
	"Arabic":                 Arabic,
	"Armenian":               Armenian,
	"Avestan":                Avestan,
	"Balinese":               Balinese,
	"Bamum":                  Bamum,
	"Bassa_Vah":              Bassa_Vah,
	"Batak":                  Batak,
	"Bengali":                Bengali,
	"Bhaiksuki":              Bhaiksuki,
	"Bopomofo":               Bopomofo,
	"Brahmi":                 Brahmi,
	"Braille":                Braille,
	"Buginese":               Buginese,
	"Buhid":                  Buhid,
	"Canadian_Aboriginal":    Canadian_Aboriginal,
	"Carian":                 Carian,
	"Caucasian_Albanian":     Caucasian_Albanian,
	"Chakma":                 Chakma,
	"Cham":                   Cham,
	"Cherokee":               Cherokee,
	"Chorasmian":             Chorasmian,
	"Common":                 Common,
	"Coptic":                 Coptic,
	"Cuneiform":              Cuneiform,
	"Cypriot":                Cypriot,
	"Cypro_Minoan":           Cypro_Minoan,
	"Cyrillic":               Cyrillic,
	"Deseret":                Deseret,
	"Devanagari":             Devanagari,
	"Dives_Akuru":            Dives_Akuru,
	"Dogra":                  Dogra,
	"Duployan":               Duployan,
	"Egyptian_Hieroglyphs":   Egyptian_Hieroglyphs,
	"Elbasan":                Elbasan,
	"Elymaic":                Elymaic,
	"Ethiopic":               Ethiopic,
	"Georgian":               Georgian,
	"Glagolitic":             Glagolitic,
	"Gothic":                 Gothic,
	"Grantha":                Grantha,
	"Greek":                  Greek,
	"Gujarati":               Gujarati,
	"Gunjala_Gondi":          Gunjala_Gondi,
	"Gurmukhi":               Gurmukhi,
	"Han":                    Han,
	"Hangul":                 Hangul,
	"Hanifi_Rohingya":        Hanifi_Rohingya,
	"Hanunoo":                Hanunoo,
	"Hatran":                 Hatran,
	"Hebrew":                 Hebrew,
	"Hiragana":               Hiragana,
	"Imperial_Aramaic":       Imperial_Aramaic,
	"Inherited":              Inherited,
	"Inscriptional_Pahlavi":  Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese":               Javanese,
	"Kaithi":                 Kaithi,
	"Kannada":                Kannada,
	"Katakana":               Katakana,
	"Kawi":                   Kawi,
	"Kayah_Li":               Kayah_Li,
	"Kharoshthi":             Kharoshthi,
	"Khitan_Small_Script":    Khitan_Small_Script,
	"Khmer":                  Khmer,
	"Khojki":                 Khojki,
	"Khudawadi":              Khudawadi,
	"Lao":                    Lao,
	"Latin":                  Latin,
	"Lepcha":                 Lepcha,
	"Limbu":                  Limbu,
	"Linear_A":               Linear_A,
	"Linear_B":               Linear_B,
	"Lisu":                   Lisu,
	"Lycian":                 Lycian,
	"Lydian":                 Lydian,
	"Mahajani":               Mahajani,
	"Makasar":                Makasar,
	"Malayalam":              Malayalam,
	"Mandaic":                Mandaic,
	"Manichaean":             Manichaean,
	"Marchen":                Marchen,
	"Masaram_Gondi":          Masaram_Gondi,
	"Medefaidrin":            Medefaidrin,
	"Meetei_Mayek":           Meetei_Mayek,
	"Mende_Kikakui":          Mende_Kikakui,
	"Meroitic_Cursive":       Meroitic_Cursive,
	"Meroitic_Hieroglyphs":   Meroitic_Hieroglyphs,
	"Miao":                   Miao,
	"Modi":                   Modi,
	"Mongolian":              Mongolian,
	"Mro":                    Mro,
	"Multani":                Multani,
	"Myanmar":                Myanmar,
	"Nabataean":              Nabataean,
	"Nag_Mundari":            Nag_Mundari,
	"Nandinagari":            Nandinagari,
	"New_Tai_Lue":            New_Tai_Lue,
	"Newa":                   Newa,
	"Nko":                    Nko,
	"Nushu":                  Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham":                  Ogham,
	"Ol_Chiki":               Ol_Chiki,
	"Old_Hungarian":          Old_Hungarian,
	"Old_Italic":             Old_Italic,
	"Old_North_Arabian":      Old_North_Arabian,
	"Old_Permic":             Old_Permic,
	"Old_Persian":            Old_Persian,
	"Old_Sogdian":            Old_Sogdian,
	"Old_South_Arabian":      Old_South_Arabian,
	"Old_Turkic":             Old_Turkic,
	"Old_Uyghur":             Old_Uyghur,
	"Oriya":                  Oriya,
	"Osage":                  Osage,
	"Osmanya":                Osmanya,
	"Pahawh_Hmong":           Pahawh_Hmong,
	"Palmyrene":              Palmyrene,
	"Pau_Cin_Hau":            Pau_Cin_Hau,
	"Phags_Pa":               Phags_Pa,
	"Phoenician":             Phoenician,
	"Psalter_Pahlavi":        Psalter_Pahlavi,
	"Rejang":                 Rejang,
	"Runic":                  Runic,
	"Samaritan":              Samaritan,
	"Saurashtra":             Saurashtra,
	"Sharada":                Sharada,
	"Shavian":                Shavian,
	"Siddham":                Siddham,
	"SignWriting":            SignWriting,
	"Sinhala":                Sinhala,
	"Sogdian":                Sogdian,
	"Sora_Sompeng":           Sora_Sompeng,
	"Soyombo":                Soyombo,
	"Sundanese":              Sundanese,
	"Syloti_Nagri":           Syloti_Nagri,
	"Syriac":                 Syriac,
	"Tagalog":                Tagalog,
	"Tagbanwa":               Tagbanwa,
	"Tai_Le":                 Tai_Le,
	"Tai_Tham":               Tai_Tham,
	"Tai_Viet":               Tai_Viet,
	"Takri":                  Takri,
	"Tamil":                  Tamil,
	"Tangsa":                 Tangsa,
	"Tangut":                 Tangut,
	"Telugu":                 Telugu,
	"Thaana":                 Thaana,
	"Thai":                   Thai,
	"Tibetan":                Tibetan,
	"Tifinagh":               Tifinagh,
	"Tirhuta":                Tirhuta,
	"Toto":                   Toto,
	"Ugaritic":               Ugaritic,
	"Vai":                    Vai,
	"Vithkuqi":               Vithkuqi,
	"Wancho":                 Wancho,
	"Warang_Citi":            Warang_Citi,
	"Yezidi":                 Yezidi,
	"Yi":                     Yi,
	"Zanabazar_Square":       Zanabazar_Square,
}

var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit":                    ASCII_Hex_Digit,
	"Bidi_Control":                       Bidi_Control,
	"Dash":                               Dash,
	"Deprecated":                         Deprecated,
	"Diacritic":                          Diacritic,
	"Extender":                           Extender,
	"Hex_Digit":                          Hex_Digit,
	"Hyphen":                             Hyphen,
	"IDS_Binary_Operator":                IDS_Binary_Operator,
	"IDS_Trinary_Operator":               IDS_Trinary_Operator,
	"Ideographic":                        Ideographic,
	"Join_Control":                       Join_Control,
	"Logical_Order_Exception":            Logical_Order_Exception,
	"Noncharacter_Code_Point":            Noncharacter_Code_Point,
	"Other_Alphabetic":                   Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend":              Other_Grapheme_Extend,
	"Other_ID_Continue":                  Other_ID_Continue,
	"Other_ID_Start":                     Other_ID_Start,
	"Other_Lowercase":                    Other_Lowercase,
	"Other_Math":                         Other_Math,
	"Other_Uppercase":                    Other_Uppercase,
	"Pattern_Syntax":                     Pattern_Syntax,
	"Pattern_White_Space":                Pattern_White_Space,
	"Prepended_Concatenation_Mark":       Prepended_Concatenation_Mark,
	"Quotation_Mark":                     Quotation_Mark,
	"Radical":                            Radical,
	"Regional_Indicator":                 Regional_Indicator,
	"Sentence_Terminal":                  Sentence_Terminal,
	"STerm":                              Sentence_Terminal,
	"Soft_Dotted":                        Soft_Dotted,
	"Terminal_Punctuation":               Terminal_Punctuation,
	"Unified_Ideograph":                  Unified_Ideograph,
	"Variation_Selector":                 Variation_Selector,
	"White_Space":                        White_Space,
}
