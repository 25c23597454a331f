/* SPDX-License-Identifier: MIT */
/* The sentence layer and its frames (data/frames/): copular and role-verb
 * predicates, appositions, list members, parties after "antara", states
 * coordinated after a head, subjects carried across clauses. Each
 * construction has cases where it must fire and cases where it must not.
 * The sentences are written for this test (see rule_cases.h). */
#include "rule_cases.h"

static const rule_case cases[] = {
    /* ---- copula: subject REL the predicate noun's genitive ---- */
    {"between", /* "perang tanpa deklarasi yang berlangsung ... antara A dan B": past "tanpa"
                 * and its noun, a relative clause, then the parties */
     {"Perang Kepulauan Falkland adalah perang tanpa deklarasi yang berlangsung sekitar 2 bulan "
      "antara Argentina dan Britania Raya."},
     {F("Argentina", "foughtAgainst", "Inggris", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"between", /* how long a war lasted before "antara"; "antar" with the pair of the title */
     {"Perang Sepak Bola adalah perang selama 4 hari antara El Salvador dan Honduras.",
      "Hubungan Israel dengan Mesir\n\nPerang antar kedua negara tersebut dimulai pada 1948."},
     {F("El Salvador", "foughtAgainst", "Honduras", "asserted"), F("Israel", "foughtAgainst", "Mesir", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"between", /* must not: a named body after "tanpa" is no part of the war's description */
     {"Perang itu adalah perang tanpa PBB yang berlangsung sekitar 2 bulan antara Argentina dan "
      "Britania Raya."},
     {{0}}, {F("Argentina", "foughtAgainst", "Inggris", NULL)}, {{0}}, {{0}}, 1},
    {"passive", /* a body, a comma, and who leads it */
     {"Indonesia membentuk Komite Pendukung Perjuangan Kemerdekaan Negara-Negara Afrika Utara, "
      "dipimpin oleh Perdana Menteri Indonesia Mohammad Natsir pada tahun 1951."},
     {F("Mohammad Natsir", "leaderOf",
        "Komite Pendukung Perjuangan Kemerdekaan Negara-Negara Afrika Utara", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"passive", /* must not: a state's name before the comma is no body led */
     {"Pasukan itu menyerbu Ukraina, dipimpin oleh Jenderal Valery Gerasimov."},
     {{0}}, {F("Valery Gerasimov", "leaderOf", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* a counted apposition to a coordination of states: allies of each other */
     {"Washington dan Ankara, dua sekutu dalam NATO, mendukung pemberontak Suriah."},
     {F("Amerika Serikat", "alliedWith", "Turki", "asserted"),
      F("Amerika Serikat", "memberOf", "NATO", "asserted"), F("Turki", "memberOf", "NATO", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: an apposition to one of the two; members counted in a body that
               * are called no allies */
     {"Washington dan Ankara, sekutu dalam NATO, mengecam Rusia. Mali dan Niger, dua anggota "
      "Kelompok 77, mengecam Prancis."},
     {{0}},
     {F("Amerika Serikat", "alliedWith", "Turki", NULL), F("Mali", "alliedWith", "Niger", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a clause with no copula: the subject, adverbs, a frame's noun; "bagian dari" */
     {"Indonesia dan Turki sama-sama anggota Organisasi Konferensi Islam (OKI), D8 dan G20.",
      "Indonesia, sebagai bagian dari ASEAN, akan terus mendukung partisipasi Peru."},
     {F("Turki", "memberOf", "Organisasi Kerja Sama Islam", "asserted"), F("Turki", "memberOf", "G20", "asserted"),
      F("Indonesia", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a verb between the subject and the noun; a region part of a state */
     {"Indonesia mengundang anggota OKI ke Jakarta.", "Krimea adalah bagian dari Ukraina."},
     {{0}}, {F("Indonesia", "memberOf", "Organisasi Kerja Sama Islam", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* a bracket that glosses a listed body; a negation after an adverb; what a
                * reporting verb and a comma introduce is a clause of its own */
     {"Presiden menjelaskan, Indonesia dan Turki sama-sama anggota OKI, D8 (komunitas Islam untuk "
      "perekonomian dan pembangunan), dan G20.",
      "Chad juga bukan anggota Liga Arab."},
     {F("Turki", "memberOf", "D-8", "asserted"), F("Turki", "memberOf", "G20", "asserted"),
      F("Indonesia", "memberOf", "G20", "asserted"), F("Chad", "memberOf", "Liga Arab", "negated")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a bracket that names a state is no gloss; a verb after the
                * reporting verb's comma keeps its own subject */
     {"Indonesia adalah anggota OKI (bersama Malaysia) dan Turki mengecam Israel.",
      "Presiden menjelaskan, Indonesia menolak anggota G20 itu."},
     {{0}},
     {F("Turki", "memberOf", "Organisasi Kerja Sama Islam", NULL), F("Indonesia", "memberOf", "G20", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* "melawan", a preposition too, as the predicate: a state opposes, troops fight */
     {"Indonesia semakin gencar melawan Malaysia.", "Pasukan Chad yang melawan Libya merebut Faya."},
     {F("Indonesia", "opposes", "Malaysia", "asserted"), F("Chad", "foughtAgainst", "Libya", "asserted")},
     {F("Chad", "opposes", "Libya", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* must not: "melawan" as the preposition of a war word or inside a
              * prepositional phrase; "berlawanan" is no opposition */
     {"Inggris berperang melawan Jerman. Titik balik perang Amerika melawan Vietnam.",
      "Irak membutuhkan dolar, pada pasca-perang melawan Iran.",
      "Indonesia dan Yordania memiliki kepentingan yang saling berlawanan."},
     {F("Inggris", "foughtAgainst", "Jerman", "asserted")},
     {F("Inggris", "opposes", "Jerman", NULL), F("Amerika Serikat", "opposes", "Vietnam", NULL),
      F("Irak", "opposes", "Iran", NULL), F("Indonesia", "opposes", "Yordania", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* a joint press conference; the name after a relative clause on a verb's plain
              * object is that object */
     {"Menteri Pertahanan AS Ash Carter mengadakan konferensi pers dengan Menteri Pertahanan India "
      "Manohar Parrikar.",
      "Ortega membantu menggulingkan diktator yang didukung Amerika, Anastasio Somoza tahun 1979."},
     {F("Ash Carter", "metWith", "Manohar Parrikar", "asserted"),
      F("Amerika Serikat", "supports", "Anastasio Somoza", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: a press conference alone; a name after the comma that starts a
              * clause of its own */
     {"Menteri Pertahanan AS Ash Carter mengadakan konferensi pers di Jakarta.",
      "Ia menentang kelompok yang didukung Iran, Amerika Serikat mengatakan."},
     {{0}},
     {F("Iran", "supports", "Amerika Serikat", NULL), F("Ash Carter", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* a stance on a deed or claim "dari" someone is on that someone */
     {"Jerman mengecam ancaman dari Iran.",
      "Amerika dan Kenya terus melawan ancaman dari kelompok Al-Shabaab."},
     {F("Jerman", "criticized", "Iran", "asserted"), F("Amerika Serikat", "opposes", "Al-Shabaab", "asserted"),
      F("Kenya", "opposes", "Al-Shabaab", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: where a withdrawal or a trade comes from is no one judged */
     {"Indonesia mendukung penarikan pasukan dari Irak.", "Jerman mengecam impor gas dari Rusia."},
     {{0}},
     {F("Indonesia", "supports", "Irak", NULL), F("Jerman", "criticized", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"between", /* a strategic relationship is an alliance; intelligence cooperation is military */
     {"Kerry menegaskan lagi hubungan strategis antara Amerika dan Arab Saudi.",
      "Amerika dan Ethiopia meningkatkan kerja sama intelijen."},
     {F("Amerika Serikat", "alliedWith", "Arab Saudi", "asserted"),
      F("Amerika Serikat", "militaryCooperation", "Etiopia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"between", /* must not: ordinary relations are no alliance; an intelligence source is no
                 * cooperation */
     {"Kerry menegaskan lagi hubungan baik antara Amerika dan Arab Saudi.",
      "Menurut sumber intelijen, Amerika dan Ethiopia bertemu di Addis Ababa."},
     {{0}},
     {F("Amerika Serikat", "alliedWith", "Arab Saudi", NULL),
      F("Amerika Serikat", "militaryCooperation", "Etiopia", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* a relative clause after a place and a comma is on the name before the place */
     {"Kedua pemimpin membahas penempatan sistem rudal Typhon milik AS di Filipina, yang selama "
      "ini ditentang keras oleh Beijing."},
     {F("China", "opposes", "Amerika Serikat", "asserted")},
     {F("China", "opposes", "Filipina", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* must not: with no name before the place, the head is a plain noun */
     {"Presiden Joko Widodo membahas penempatan rudal di Filipina, yang ditentang keras oleh Beijing."},
     {{0}},
     {F("China", "opposes", "Joko Widodo", NULL), F("China", "opposes", "Filipina", NULL)},
     {{0}}, {{0}}, 1},
    {"appos", /* -nya on the word that describes the relation; a close ally, not near */
     {"Hubungan Armenia dengan Rusia, sekutu tradisionalnya, memburuk.",
      "Presiden Turki Recep Tayyip Erdogan, sekutu dekat Baku, hadir."},
     {F("Rusia", "alliedWith", "Armenia", "asserted"), F("Turki", "alliedWith", "Azerbaijan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: a neighbour is no member; a place near a city stays a place */
     {"Rusia berunding dengan Georgia, negara tetangganya.", "Pasukan itu berkumpul dekat Baku."},
     {{0}}, {F("Georgia", "memberOf", "Rusia", NULL), F("Georgia", "alliedWith", "Rusia", NULL)},
     {E("Baku", "Place")}, {{0}}, 1},
    {"appos", /* the signatories of an agreement, between dashes, named after "atau" */
     {"Prancis, Jerman, dan Inggris—tiga negara penanda tangan perjanjian nuklir 2015 atau JCPOA—tidak "
      "ikut menjatuhkan sanksi baru terhadap Iran."},
     {F("Prancis", "partyTo", "JCPOA", "asserted"), F("Inggris", "partyTo", "JCPOA", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: a signatory of something unnamed is party to nothing named */
     {"Prancis, negara penanda tangan, mengecam Iran."},
     {{0}}, {F("Prancis", "partyTo", "Iran", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* the lower-case kind of body before its name: the post is the body's */
     {"Jimmy Stevens, kepala gerakan Nagriamel, memimpin pemberontakan."},
     {F("Jimmy Stevens", "leaderOf", "Nagriamel", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: a kind of body before a state is no body's name */
     {"Jimmy Stevens, kepala gerakan di Vanuatu, memimpin pemberontakan."},
     {{0}}, {F("Jimmy Stevens", "leaderOf", "Vanuatu", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* the one supplied right after the verb, the goods after "dengan"; a recognition
              * "de facto" */
     {"Korea Selatan akan memasok Indonesia dengan tiga kapal selam.",
      "Belanda mengakui kedaulatan de facto RI atas Jawa, Madura, dan Sumatra."},
     {F("Korea Selatan", "suppliedArmsTo", "Indonesia", "planned"),
      F("Belanda", "recognized", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: no goods after "dengan" */
     {"Korea Selatan akan memasok Indonesia dengan harga murah."},
     {{0}}, {F("Korea Selatan", "suppliedArmsTo", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* the leader of a state's government leads the state; a ministry's is its official */
     {"Turki mendukung Pemerintah Kesepakatan Nasional (GNA) pimpinan Fayez Sarraj.",
      "Menteri Luar Negeri Rusia Sergei Lavrov memimpin Kementerian Luar Negeri Rusia."},
     {F("Fayez Sarraj", "leaderOf", "Libya", "asserted"), F("Sergey Lavrov", "officialOf", "Rusia", "asserted")},
     {F("Sergey Lavrov", "leaderOf", "Rusia", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* who attends an event held in another state visits it; planned when it will be */
     {"Upacara pembukaan di Plenary Hall KLCC, Kuala Lumpur, juga dihadiri oleh Presiden Filipina "
      "Benigno Aquino III dan Presiden Myanmar Thein Sein.",
      "Pertemuan di Singapura pada 4 Februari akan dihadiri oleh Menlu Indonesia Retno Marsudi."},
     {F("Benigno Aquino III", "visited", "Malaysia", "asserted"), F("Thein Sein", "visited", "Malaysia", "asserted"),
      F("Retno Marsudi", "visited", "Singapura", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: an event at home, or one with no place */
     {"Upacara di Istana Merdeka, Jakarta, dihadiri oleh Presiden Indonesia Joko Widodo.",
      "Upacara itu dihadiri oleh Presiden Filipina Benigno Aquino III."},
     {{0}},
     {F("Joko Widodo", "visited", "Indonesia", NULL), F("Benigno Aquino III", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* two people of two states named together by "bersama" met; "keduanya" after
              * exactly two people in its sentence are they */
     {"Kesepakatan itu diteken Menhan Prabowo Subianto bersama Perdana Menteri Australia Anthony "
      "Albanese dalam pertemuan keduanya di Canberra."},
     {F("Prabowo Subianto", "metWith", "Anthony Albanese", "asserted"),
      F("Prabowo Subianto", "visited", "Australia", "asserted")},
     {F("Indonesia", "metWith", "Australia", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* must not: two people of one state */
     {"Presiden Joko Widodo bersama Menteri Luar Negeri Retno Marsudi meninjau pasukan."},
     {{0}}, {F("Joko Widodo", "metWith", "Retno Marsudi", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a fronted phrase that holds "di" a place abroad, past a title's holder between
              * commas: the speaker after it is there */
     {"Dalam konferensi pers hari Senin di Hanoi dengan Menlu Vietnam, Pham Binh Minh, Menteri "
      "Luar Negeri AS John Kerry mengatakan hal itu."},
     {F("John Kerry", "visited", "Vietnam", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: a fronted phrase about a place at home */
     {"Dalam konferensi pers di Washington, Menteri Luar Negeri AS John Kerry mengatakan hal itu."},
     {{0}}, {F("John Kerry", "visited", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a state's participation in a body */
     {"Partisipasi Indonesia di APEC meningkat tahun ini."},
     {F("Indonesia", "memberOf", "APEC", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: participation in an election or a place */
     {"Partisipasi warga Indonesia di Jakarta meningkat."},
     {{0}}, {F("Indonesia", "memberOf", "Jakarta", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a judged act referred back to by its noun and a demonstrative: on its doer */
     {"Korea Utara meluncurkan rudal balistik. Amerika Serikat dan Jepang mengecam peluncuran tersebut.",
      "Rusia menempatkan senjata nuklir di Belarus. Polandia mengecam penempatan itu."},
     {F("Amerika Serikat", "criticized", "Korea Utara", "asserted"), F("Jepang", "criticized", "Korea Utara", "asserted"),
      F("Polandia", "criticized", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: a claim rejected is denied, its maker not opposed; no act before */
     {"Amerika Serikat menuduh Rusia memasok senjata. Rusia menolak tuduhan itu.",
      "Jepang mengecam peluncuran tersebut."},
     {{0}},
     {F("Rusia", "opposes", "Amerika Serikat", NULL), F("Jepang", "criticized", "Korea Utara", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* a word for an act opening the next sentence is what the sentence before told
              * its subject did (a leader's act, the state's) */
     {"Presiden AS Joe Biden mengizinkan Ukraina memakai rudal jarak jauh. Keputusan itu dikecam "
      "keras oleh Kremlin.",
      "Amerika Serikat memutuskan menarik pasukan. Keputusan tersebut dikecam oleh Rusia."},
     {F("Rusia", "criticized", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: an act word inside the sentence, not opening it */
     {"Presiden AS Joe Biden mengizinkan Ukraina memakai rudal. Rusia menyebut keputusan itu dikecam "
      "banyak negara."},
     {{0}}, {F("Rusia", "criticized", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* wanting a state to stand is supporting it */
     {"RI-Turki sama-sama menghendaki berdirinya negara Palestina yang merdeka dan berdaulat."},
     {F("Indonesia", "supports", "Palestina", "asserted"), F("Turki", "supports", "Palestina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: wanting someone to step down is no support */
     {"Amerika Serikat menghendaki Presiden Suriah Bashar al-Assad meletakkan jabatan."},
     {{0}}, {F("Amerika Serikat", "supports", "Bashar al-Assad", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a counterpart from a state: its official, or its head when the subject heads
              * a state; greeted "oleh" the counterpart */
     {"Menteri Luar Negeri Rusia Sergey Lavrov disambut di Entebbe oleh mitranya dari Uganda, Jeje Odongo.",
      "Perdana Menteri China Li Qiang bertemu dengan mitranya dari Pakistan, Shehbaz Sharif, pada Senin."},
     {F("Jeje Odongo", "officialOf", "Uganda", "asserted"), F("Jeje Odongo", "metWith", "Sergey Lavrov", "asserted"),
      F("Shehbaz Sharif", "leaderOf", "Pakistan", "asserted")},
     {F("Shehbaz Sharif", "officialOf", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* the ones invited to a place of another state are to visit it; a revolt */
     {"Amerika Serikat mengundang para Menteri Luar Negeri Mesir, Ethiopia dan Sudan ke Washington.",
      "Hamas memberontak melawan Israel."},
     {F("Mesir", "visited", "Amerika Serikat", "planned"), F("Etiopia", "visited", "Amerika Serikat", "planned"),
      F("Sudan", "visited", "Amerika Serikat", "planned"), F("Hamas", "opposes", "Israel", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: urged "ke" a table is no visit; invited home */
     {"Amerika Serikat mendorong Rusia ke meja perundingan di Jenewa.",
      "Presiden Joko Widodo mengundang para menteri Indonesia ke Jakarta."},
     {{0}},
     {F("Rusia", "visited", "Swiss", NULL), F("Indonesia", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* "Kepala Negara" is Indonesia's president named before; a passive's agent acts in
              * the "saat" clause after it; a meeting in a hall of a city named after commas */
     {"Presiden RI Joko Widodo menyambut baik perdagangan dengan Papua Nugini. Hal tersebut "
      "disampaikan Kepala Negara saat menggelar pertemuan bilateral dengan Perdana Menteri (PM) Papua "
      "Nugini, James Marape, di Ruang Kakatua, Jakarta Convention Center (JCC), Jakarta."},
     {F("Joko Widodo", "metWith", "James Marape", "asserted"), F("James Marape", "visited", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: "Kepala Negara" after a foreign leader only, with Indonesia's named:
              * Indonesia's */
     {"Presiden Joko Widodo menerima Sultan Brunei Hassanal Bolkiah di Istana Merdeka. Kepala Negara "
      "didampingi oleh Menteri Luar Negeri Retno Marsudi."},
     {{0}}, {F("Retno Marsudi", "metWith", "Hassanal Bolkiah", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a headline joins its subjects with a comma; a judged act referred back to in a
              * report is its doer's */
     {"AS, Eropa Kecam Aneksasi Rusia atas Krimea\n\nPM Polandia Donald Tusk berbicara di Warsawa.",
      "Rusia mencaplok Krimea. Wakil Presiden Amerika, Joe Biden, menyebut tindakan itu sebagai "
      "perampasan tanah."},
     {F("Amerika Serikat", "criticized", "Rusia", "asserted"), F("Joe Biden", "criticized", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: a comma list in running text is no subject list; no act before */
     {"Di Jakarta, Presiden Joko Widodo mengecam serangan itu.",
      "Wakil Presiden Amerika, Joe Biden, menyebut tindakan itu sebagai perampasan tanah."},
     {{0}},
     {F("Joe Biden", "criticized", "Amerika Serikat", NULL), F("Joe Biden", "criticized", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* attending an event held in another state's capital; congratulating on a state's
              * success */
     {"Perdana Menteri Pakistan Nawaz Sharif menghadiri Konferensi Angkutan Sedunia yang "
      "diselenggarakan PBB di ibukota Turkmenistan, Ashgabat.",
      "PM Papua Nugini James Marape menyampaikan ucapan selamat atas kesuksesan Indonesia."},
     {F("Nawaz Sharif", "visited", "Turkmenistan", "asserted"), F("James Marape", "congratulated", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: attending an event at home */
     {"Perdana Menteri Pakistan Nawaz Sharif menghadiri konferensi di ibukota Pakistan, Islamabad."},
     {{0}}, {F("Nawaz Sharif", "visited", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a fronted "Dalam pembicaraan dengan X," shares the main clause's subject; a short
              * name with an Arabic article ("el-Sissi") */
     {"Presiden Mesir Abdel-Fattah el-Sissi tiba di Sochi. Dalam pembicaraan dengan Presiden Rusia "
      "Vladimir Putin, Rabu (17/10), el-Sissi juga mendesak Rusia memulihkan penerbangan."},
     {F("Abdel-Fattah el-Sissi", "metWith", "Vladimir Putin", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* responding "dengan" an act noun: the subject's act */
     {"Israel membalas dengan invasi darat ke Lebanon selatan."},
     {F("Israel", "attacked", "Lebanon", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: an act noun after "dengan" a name is that name's company, not the act */
     {"Israel berunding dengan Lebanon tentang invasi ke Suriah."},
     {{0}}, {F("Israel", "attacked", "Suriah", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* must not: an object that is the subjects themselves; "ia" for a one-word name
              * the tagger alone took for a person */
     {"Presiden Ekuador Rafael Correa dan presiden Venezuela Hugo Chavez mengerahkan pasukan "
      "masing-masing ke daerah perbatasan mereka dengan Kolombia."},
     {{0}},
     {F("Ekuador", "deployedTroopsTo", "Venezuela", NULL), F("Venezuela", "deployedTroopsTo", "Ekuador", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* troops of one state in another; those who attend a meeting meet, a list closed
              * by ", dan" whatever its last item */
     {"Serangan terhadap pasukan Amerika di Irak meningkat.",
      "Pertemuan tersebut dihadiri oleh Presiden Amerika Serikat Franklin Roosevelt, Perdana Menteri "
      "Britania Raya Winston Churchill, dan Generalissimo Chiang Kai-shek dari Republik China."},
     {F("Amerika Serikat", "deployedTroopsTo", "Irak", "asserted"),
      F("Franklin Roosevelt", "metWith", "Winston Churchill", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: troops at home; a military operation is no troops named */
     {"Tentara Amerika di Washington berjaga.", "Korea Utara mendukung operasi militer Rusia di Ukraina."},
     {{0}},
     {F("Amerika Serikat", "deployedTroopsTo", "Amerika Serikat", NULL), F("Rusia", "deployedTroopsTo", "Ukraina", NULL)},
     {{0}}, {{0}}, 1},
    {"verb", /* a speaker who says it will act is the actor */
     {"Nigeria hari Selasa menyatakan akan mengerahkan pasukan pertamanya ke Mali dalam 24 jam."},
     {F("Nigeria", "deployedTroopsTo", "Mali", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"verb", /* must not: what the speaker says another will do */
     {"Prancis menyatakan Nigeria akan mengerahkan pasukan ke Mali."},
     {{0}}, {F("Prancis", "deployedTroopsTo", "Mali", NULL)}, {{0}}, {{0}}, 1},
    {"verb", /* a state that sits in a council is its member; refusing to sit negates it */
     {"Uganda duduk di Dewan Keamanan PBB tahun ini.", "Arab Saudi menolak duduk di Dewan Keamanan PBB."},
     {F("Uganda", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Arab Saudi", "memberOf", "Dewan Keamanan PBB", "negated")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* a list whose first body a member's title took, past its short form */
     {"Indonesia dan Iran adalah anggota penuh dari Organisasi Perdagangan Dunia (WTO), Gerakan "
      "Non-Blok, dan Kelompok D-8 Negara Berkembang."},
     {F("Iran", "memberOf", "Organisasi Perdagangan Dunia", "asserted"), F("Iran", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Iran", "memberOf", "D-8", "asserted"), F("Indonesia", "memberOf", "D-8", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a title's body is no list with a name after a comma that acts */
     {"Direktur CIA William Burns dan Menteri Luar Negeri Iran Abbas Araghchi bertemu di Teheran."},
     {{0}}, {F("William Burns", "memberOf", "Iran", NULL), F("Abbas Araghchi", "memberOf", "CIA", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* a frame's noun right after "yang" in a relative clause with no verb of its own */
     {"Wang Yi yang juga anggota Politbiro Partai Komunis China tiba di Pyongyang."},
     {F("Wang Yi", "memberOf", "Politbiro Partai Komunis China", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a verb between "yang" and the noun */
     {"Wang Yi yang menemui anggota Politbiro Partai Buruh Korea tiba di Beijing."},
     {{0}}, {F("Wang Yi", "memberOf", "Partai Buruh Korea", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* a relative clause about a pair; "non-permanen" describes the membership */
     {"Brazil dan Turki, yang keduanya anggota non-permanen Dewan Keamanan PBB, berupaya membujuk Iran."},
     {F("Brasil", "memberOf", "Dewan Keamanan PBB", "asserted"), F("Turki", "memberOf", "Dewan Keamanan PBB", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: the pair is no member of the body the relative clause names as a place */
     {"Brazil dan Turki, yang keduanya berada di markas Dewan Keamanan PBB, berupaya membujuk Iran."},
     {{0}}, {F("Brasil", "memberOf", "Dewan Keamanan PBB", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* words that describe a body between "dari" and its name; a list of bodies,
                * one in English with its short form after it */
     {"Inggris dan Indonesia adalah anggota dari ekonomi besar G-20.",
      "Indonesia dan Turki merupakan anggota penuh Organisation of Islamic Cooperation (OIC), 8 "
      "Negara Berkembang dan G-20 ekonomi utama."},
     {F("Inggris", "memberOf", "G20", "asserted"), F("Indonesia", "memberOf", "G20", "asserted"),
      F("Turki", "memberOf", "Organisasi Kerja Sama Islam", "asserted"), F("Turki", "memberOf", "D-8", "asserted"),
      F("Turki", "memberOf", "G20", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: the leaders of a body's member states lead no body */
     {"Perjanjian itu ditandatangani oleh para pemimpin dari negara anggota asli ASEAN, yaitu "
      "Presiden Filipina Ferdinand Marcos dan PM Singapura Lee Kuan Yew."},
     {{0}},
     {F("Ferdinand Marcos", "leaderOf", "ASEAN", NULL), F("Lee Kuan Yew", "leaderOf", "ASEAN", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a sentence that opens with its role verb, past when: the subject of the
                * sentence before; an envoy "untuk" a state serves not that state */
     {"Menteri Luar Negeri Indonesia Juwono Sudarsono tiba di Jakarta. Selanjutnya diangkat "
      "sebagai Duta Besar Luar Biasa Berkuasa Penuh untuk Kerajaan Inggris. Pada tanggal 21 "
      "Oktober 2004 dilantik kembali sebagai Menteri Pertahanan dalam Kabinet Indonesia Bersatu."},
     {F("Juwono Sudarsono", "memberOf", "Kabinet Indonesia Bersatu", "asserted")},
     {F("Juwono Sudarsono", "officialOf", "Inggris", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* must not: a state before is no one appointed; a subject of its own wins;
                * an envoy of a state named before "untuk" is that state's */
     {"Indonesia mengecam serangan itu. Pada 2004 dilantik sebagai Menteri Pertahanan dalam "
      "Kabinet Indonesia Bersatu. Pada 2005 Duta Besar Korea Utara untuk PBB Kim Song tiba."},
     {F("Kim Song", "officialOf", "Korea Utara", "asserted")},
     {F("Indonesia", "memberOf", "Kabinet Indonesia Bersatu", NULL),
      F("Kim Song", "officialOf", "Perserikatan Bangsa-Bangsa", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* an office held "pada" a cabinet: its holder is the cabinet's member; a
                * state's name inside the cabinet's name does not end it */
     {"Mohammad Roem menjabat sebagai Menteri Luar Negeri pada Kabinet Natsir. Juwono Sudarsono "
      "dilantik sebagai Menteri Pertahanan dalam Kabinet Indonesia Bersatu."},
     {F("Mohammad Roem", "memberOf", "Kabinet Natsir", "asserted"),
      F("Juwono Sudarsono", "memberOf", "Kabinet Indonesia Bersatu", "asserted")},
     {{0}},
     {E("Kabinet Indonesia Bersatu", "Organization")},
     {E("Kabinet Indonesia", NULL)},
     1},
    {"copula", /* must not: a body after the office that is no cabinet, and a cabinet
                * that is not where the office is held */
     {"Retno Marsudi menjabat sebagai Menteri Luar Negeri pada Kementerian Luar Negeri. "
      "Ia mengkritik Kabinet Natsir."},
     {{0}},
     {F("Retno Marsudi", "memberOf", "Kementerian Luar Negeri", NULL),
      F("Retno Marsudi", "memberOf", "Kabinet Natsir", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* must not: outside a copula's predicate two nouns share no name */
     {"Kim menyinggung perang dan pembentukan aliansi trilateral Amerika Serikat, Korea Selatan, "
      "dan Jepang."},
     {{0}},
     {F("Amerika Serikat", "foughtAgainst", "Jepang", NULL),
      F("Korea Selatan", "foughtAgainst", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"between", /* a relative clause of plain words between the head and "antara" */
     {"Konflik yang terjadi antara Israel dan Mesir memanas. Perang yang berlangsung sekitar "
      "delapan tahun antara Iran dan Irak menewaskan ribuan orang."},
     {F("Israel", "foughtAgainst", "Mesir", "asserted"), F("Iran", "foughtAgainst", "Irak", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"between", /* must not: "antara lain" lists places, and a name inside the relative
                 * clause ends it */
     {"Perang yang menewaskan ribuan warga antara lain di Suriah dan Irak berakhir. Konflik "
      "yang dipicu Rusia antara Ukraina dan Belarus tidak terjadi."},
     {{0}},
     {F("Suriah", "foughtAgainst", "Irak", NULL), F("Ukraina", "foughtAgainst", "Belarus", NULL)},
     {{0}}, {{0}}, 1},
    {"between", /* the parties after "antara" past their titles */
     {"Pertemuan antara Presiden Eritrea Isaias Afwerki dan Perdana Menteri Ethiopia Abiy Ahmed "
      "menyusul mencairnya hubungan kedua negara."},
     {F("Isaias Afwerki", "metWith", "Abiy Ahmed", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* two predicate nouns joined by "dan" share the name after the second */
     {"China adalah mitra dagang utama dan tujuan utama investasi Taiwan."},
     {F("China", "tradesWith", "Taiwan", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"copula", /* must not: a pronoun after the second noun is no shared name */
     {"India, Amerika Serikat dan Jepang mengerahkan kapal perang terbesar dan kapal selam "
      "mereka."},
     {{0}},
     {F("India", "foughtAgainst", "Jepang", NULL), F("India", "foughtAgainst", "Amerika Serikat", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a second relative clause after a place in the first describes the
                * first one's head: a zone no name stands for, not the sea's state */
     {"China menghadapi sengketa baru, termasuk zona pertahanan udara yang baru di Laut China "
      "Timur, yang ditentang oleh Jepang dan Korea Selatan. Pangkalan Futenma yang berada di "
      "Okinawa, yang ditentang oleh Jepang, dibangun Amerika Serikat."},
     {{0}},
     {F("Jepang", "opposes", "China", NULL), F("Korea Selatan", "opposes", "China", NULL),
      F("Jepang", "opposes", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* must not stop a relative clause right after a place: the place is its head */
     {"Presiden Joko Widodo tiba di Kyiv, yang diserang oleh Rusia."},
     {F("Rusia", "attacked", "Ukraina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* a biography's list of offices: each item's holder is the person the
                * title names; a Roman numeral after the office */
     {"Mohamad Roem\n\nMohamad Roem (16 Mei 1908 \u2013 24 September 1983) adalah seorang "
      "diplomat Indonesia.\n\nJabatan\n\n- Menteri Dalam Negeri pada Kabinet Wilopo (3 April "
      "1952 - 30 Juli 1953)\n- Wakil Perdana Menteri I pada Kabinet Ali Sastroamidjojo II (24 "
      "Maret 1956)\n"},
     {F("Mohamad Roem", "memberOf", "Kabinet Wilopo", "asserted"),
      F("Mohamad Roem", "memberOf", "Kabinet Ali Sastroamidjojo II", "asserted")},
     {{0}}, {E("Kabinet Ali Sastroamidjojo II", "Organization")}, {{0}}, 1},
    {"copula", /* must not: a title that names no person; a Roman numeral of a ruler met
                * in an earlier document is no one's short name */
     {"Raja Farouk I memerintah Mesir.",
      "Sejarah Kabinet\n\nJoko Widodo hadir.\n\n- Wakil Perdana Menteri I pada Kabinet Ali "
      "Sastroamidjojo II (1956)\n"},
     {{0}},
     {F("Joko Widodo", "memberOf", "Kabinet Ali Sastroamidjojo II", NULL),
      F("Farouk I", "memberOf", "Kabinet Ali Sastroamidjojo II", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* partners in a body are its members */
     {"Indonesia dan Bangladesh menjadi mitra di Perserikatan Bangsa-Bangsa."},
     {F("Indonesia", "memberOf", "Perserikatan Bangsa-Bangsa", "asserted"),
      F("Bangladesh", "memberOf", "Perserikatan Bangsa-Bangsa", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a trading partner is no member; partners in a city are not */
     {"Jepang adalah mitra dagang Indonesia. Keduanya menjadi mitra di Jakarta."},
     {F("Jepang", "tradesWith", "Indonesia", "asserted")},
     {F("Jepang", "memberOf", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a noun the genitive is seen through: "pendukung kemerdekaan X" */
     {"Palestina adalah salah satu pendukung awal kemerdekaan Indonesia."},
     {F("Palestina", "supports", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: an office's genitive is not seen through a noun */
     {"Ahmad adalah menteri pemerintah Indonesia."},
     {{0}},
     {F("Ahmad", "supports", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"carried", /* a counted subject that names no one is the list after "yaitu" at the
                 * clause's end, also after a fronted phrase of time */
     {"Pada tahun 2017, dua anggota baru secara resmi bergabung dengan SCO yaitu India dan "
      "Pakistan. Dua negara mengunjungi Indonesia, yakni Nepal dan Bhutan."},
     {F("India", "memberOf", "Organisasi Kerja Sama Shanghai", "asserted"),
      F("Pakistan", "memberOf", "Organisasi Kerja Sama Shanghai", "asserted"),
      F("Nepal", "visited", "Indonesia", "asserted"), F("Bhutan", "visited", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"carried", /* must not: a list after a counted object is the object's; a subject that
                 * names someone keeps it */
     {"Dua menteri mengunjungi tiga negara, yaitu India, Nepal dan Pakistan. Jepang "
      "mengunjungi Indonesia, yaitu Jakarta."},
     {{0}},
     {F("India", "visited", "Nepal", NULL), F("India", "visited", "Pakistan", NULL),
      F("Jakarta", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"carried", /* the source after "menurut" ends at the comma after its name: no member
                 * of the subject's list */
     {"Menurut Jubir Presiden, Dino Patti Djalal, Presiden SBY dan Perdana Menteri Australia "
      "Kevin Rudd bertemu di Jakarta."},
     {F("Susilo Bambang Yudhoyono", "metWith", "Kevin Rudd", "asserted")},
     {F("Dino Patti Djalal", "metWith", "Kevin Rudd", NULL),
      F("Dino Patti Djalal", "metWith", "Susilo Bambang Yudhoyono", NULL)},
     {{0}}, {{0}}, 1},
    {"carried", /* must not: after "menurut" and a state, the list after the comma stays a
                 * list */
     {"Menurut Indonesia, Malaysia dan Singapura melanggar perjanjian itu."},
     {{0}}, {F("Indonesia", "violated", "perjanjian", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* after a fronted clause and its comma, a subject, when it happens ("hari
                 * Kamis (5/12)") and the verb open the main clause */
     {"Setelah melawat ke China, Biden hari Kamis (5/12) akan menuju Korea Selatan."},
     {F("Joe Biden", "visited", "China", NULL), F("Joe Biden", "visited", "Korea Selatan", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"carried", /* must not: a bracket that is no date keeps the name after the comma in the
                 * fronted clause */
     {"Setelah melawat ke China, Jepang (sekutu AS) dan Korea Selatan, Biden pulang."},
     {{0}}, {F("Jepang", "visited", "Korea Selatan", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* after an intent noun and its genitive, "untuk" opens a clause of the
                 * genitive's */
     {"Jepang mendukung keputusan Indonesia untuk menjadi anggota OECD."},
     {F("Indonesia", "memberOf", "OECD", NULL), F("Jepang", "supports", "Indonesia", "asserted")},
     {F("Jepang", "memberOf", "OECD", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* must not: after a plain object, "untuk" keeps the main subject */
     {"Jepang mengirim pasukan Indonesia untuk menjadi anggota misi PBB."},
     {{0}}, {F("Indonesia", "memberOf", "Perserikatan Bangsa-Bangsa", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* a subject carried past "dan" and how often ("dua kali") */
     {"Hubungan Pakistan dan India tegang. Keduanya mengklaim Kashmir dan sudah pernah dua kali "
      "berperang atas Kashmir."},
     {F("Pakistan", "foughtAgainst", "India", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"carried", /* must not: a counted subject of its own ("dua negara lain") is no count of
                 * times */
     {"Pakistan menuduh India dan dua negara lain berperang di Kashmir."},
     {{0}}, {F("Pakistan", "foughtAgainst", "India", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* the states a plain noun joined to the subject lists act with it */
     {"Indonesia bersama dengan negara-negara muslim lainnya, seperti Malaysia, Turki, dan "
      "Afghanistan segera mengakui kedaulatan Bangladesh."},
     {F("Indonesia", "recognized", "Bangladesh", "asserted"),
      F("Malaysia", "recognized", "Bangladesh", "asserted"),
      F("Turki", "recognized", "Bangladesh", "asserted"),
      F("Afghanistan", "recognized", "Bangladesh", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"carried", /* must not: a list after a verb within the joined phrase is no member */
     {"Indonesia bersama dengan negara yang mengecam Malaysia, seperti Turki, mengakui "
      "Bangladesh."},
     {{0}},
     {F("Turki", "recognized", "Bangladesh", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* past a quotation mark opening the predicate */
     {"Kim Jong Sik adalah \u201cpejabat senior Korea Utara\u201d, kata Departemen Keuangan."},
     {F("Kim Jong Sik", "officialOf", "Korea Utara", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a quoted noun after a verb that is no copula */
     {"Kim Jong Sik mengkritik \u201cpejabat Korea Utara\u201d."},
     {{0}},
     {F("Kim Jong Sik", "officialOf", "Korea Utara", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a relative clause's verb takes the clause layer's head as subject: the
                * body whose report accuses; the denial is of the claim */
     {"Rwanda membantah laporan PBB yang menuduh Rwanda mendukung M23."},
     {F("Perserikatan Bangsa-Bangsa", "accused", "Rwanda", "asserted")},
     {F("Perserikatan Bangsa-Bangsa", "accused", "Rwanda", "denied"),
      F("Rwanda", "accused", "Rwanda", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* must not: a verb after the relative clause's own is the main clause's */
     {"Pasukan yang dikirim Rusia menyerang Ukraina."},
     {{0}},
     {F("Rusia", "attacked", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* past a parenthesis */
     {"Sergey Lavrov (lahir 21 Maret 1950) adalah Menteri Luar Negeri Rusia."},
     {F("Sergey Lavrov", "officialOf", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"copula", /* a pronoun subject, a role verb with "sebagai" */
     {"Antony Blinken tiba di Hanoi. Ia pernah menjabat sebagai Wakil Menteri Luar Negeri "
      "Amerika Serikat."},
     {F("Antony Blinken", "officialOf", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* a relative clause with no verb, negated */
     {"Norwegia, yang bukan anggota NATO, menolak usul itu."},
     {F("Norwegia", "memberOf", "NATO", "negated")},
     {F("Norwegia", "memberOf", "NATO", "asserted")}, {{0}}, {{0}}, 1},
    {"copula", /* a request around it does not reach into the relative clause */
     {"Amerika meminta Tiongkok, yang bukan anggota ASEAN, untuk menerapkan kode itu."},
     {F("China", "memberOf", "ASEAN", "negated")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* "salah satu" and a modifier between the copula and the noun */
     {"Brasil merupakan salah satu mitra dagang terbesar Argentina."},
     {F("Brasil", "tradesWith", "Argentina", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"copula", /* a modifier, then "dari" and the body */
     {"Portugal adalah anggota penting dari Uni Eropa."},
     {F("Portugal", "memberOf", "Uni Eropa", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"copula", /* "sekutu dalam" a body: its members, not allies of each other */
     {"Mali dan Niger adalah anggota penuh dari Gerakan Non-Blok dan sekutu dalam Kelompok 77."},
     {F("Mali", "memberOf", "Gerakan Non-Blok", "asserted"), F("Mali", "memberOf", "G77", "asserted"),
      F("Niger", "memberOf", "G77", "asserted")},
     {F("Mali", "alliedWith", "Niger", NULL), F("Niger", "alliedWith", "Mali", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* "anggota dari" a list of bodies: each of them */
     {"Mali dan Niger adalah anggota dari G-20, WTO dan APEC."},
     {F("Mali", "memberOf", "G20", "asserted"), F("Niger", "memberOf", "G20", "asserted"),
      F("Mali", "memberOf", "Organisasi Perdagangan Dunia", "asserted"),
      F("Niger", "memberOf", "Organisasi Perdagangan Dunia", "asserted"),
      F("Mali", "memberOf", "APEC", "asserted"), F("Niger", "memberOf", "APEC", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"copula", /* must not: "dari" a body after a person's post is not a list's start */
     {"Rizal Hakim, anggota dari Partai Golkar, dan Lina Wati bertemu."},
     {{0}},
     {F("Lina Wati", "memberOf", "Partai Golkar", NULL), F("Lina Wati", "affiliatedWith", "Partai Golkar", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* a later predicate noun past a parenthesis: "ekonomi utama" of a group */
     {"Brasil dan Meksiko adalah anggota Organisasi Perdagangan Dunia (bahasa Inggris: World Trade "
      "Organization) dan ekonomi utama G-20."},
     {F("Brasil", "memberOf", "Organisasi Perdagangan Dunia", "asserted"),
      F("Meksiko", "memberOf", "G20", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: "ekonomi utama" of a state is no membership */
     {"Brasil adalah ekonomi utama Amerika Selatan. Meksiko adalah ekonomi utama di kawasan itu."},
     {{0}},
     {F("Brasil", "memberOf", "Amerika Selatan", NULL)}, {{0}}, {{0}}, 0},
    {"copula", /* "bukanlah": a negated predicate noun */
     {"Fiji bukanlah anggota ASEAN."},
     {F("Fiji", "memberOf", "ASEAN", "negated")},
     {F("Fiji", "memberOf", "ASEAN", "asserted")}, {{0}}, {{0}}, 1},
    {"copula", /* must not: "dari" a state says where someone is from */
     {"Hugh White adalah pengamat politik dari Australia."},
     {{0}},
     {F("Hugh White", "officialOf", "Australia", NULL), F("Hugh White", "memberOf", "Australia", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* must not: the noun after the copula is not the title */
     {"Sergey Lavrov adalah tamu Menteri Luar Negeri India di New Delhi."},
     {{0}},
     {F("Sergey Lavrov", "officialOf", "India", NULL)}, {{0}}, {{0}}, 1},
    /* ---- apposition: the name before REL the genitive ---- */
    {"appos",
     {"Kanada, sekutu dekat Amerika Serikat, mengecam Rusia."},
     {F("Kanada", "alliedWith", "Amerika Serikat", "asserted"),
      F("Kanada", "criticized", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* "sebagai salah satu dari lima anggota tetap" */
     {"Prancis, sebagai salah satu dari lima anggota tetap Dewan Keamanan PBB, menolak usul itu."},
     {F("Prancis", "memberOf", "Dewan Keamanan PBB", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* after a number, an apposition describes all of a coordination */
     {"Washington dan Ankara, dua sekutu dalam NATO, berselisih soal Suriah."},
     {F("Amerika Serikat", "memberOf", "NATO", "asserted"), F("Turki", "memberOf", "NATO", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: a title after a list of titles describes no one of them */
     {"Presiden Jokowi akan bertemu dengan Perdana Menteri Belanda, Raja Belanda, dan Ratu "
      "Maxima Zorreguieta."},
     {{0}},
     {F("Maxima Zorreguieta", "leaderOf", "Belanda", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* "A dan sembilan anggota Y lainnya": A is a member too */
     {"Amerika mendesak Vietnam dan sembilan anggota ASEAN lainnya agar mencapai konsensus."},
     {F("Vietnam", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: without "lainnya" the name is not said to be one */
     {"Amerika mendesak Vietnam dan sembilan anggota ASEAN agar mencapai konsensus."},
     {{0}},
     {F("Vietnam", "memberOf", "ASEAN", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* "A dan negara-negara Y lainnya", Y an organization: A is a member */
     {"Amerika Serikat memberikan bantuan keamanan maritim bagi Vietnam dan negara-negara "
      "ASEAN lainnya."},
     {F("Vietnam", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* "negara Y" in apposition and as a list's head */
     {"Turki, sebuah negara NATO, membeli rudal. Negara-negara ASEAN seperti Malaysia dan "
      "Thailand menolak usul itu."},
     {F("Turki", "memberOf", "NATO", "asserted"), F("Malaysia", "memberOf", "ASEAN", "asserted"),
      F("Thailand", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: "negara" of a region or of a state is no membership */
     {"Indonesia adalah negara Asia Tenggara. Indonesia dan negara-negara Eropa lainnya "
      "menandatangani perjanjian itu. Jepang, negara sahabat Indonesia, membantu."},
     {{0}},
     {F("Indonesia", "memberOf", "Asia Tenggara", NULL), F("Indonesia", "memberOf", "Eropa", NULL),
      F("Jepang", "memberOf", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"appos", /* the phrase before the name it describes */
     {"Blinken mengecam serangan yang dilakukan sekutu dekat Iran, Presiden Venezuela Nicolas "
      "Maduro selama bertahun-tahun."},
     {F("Venezuela", "alliedWith", "Iran", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* a head with a possessive -nya is the clause subject's */
     {"Amerika Serikat meminta Rusia menekan sekutunya, Iran."},
     {F("Iran", "alliedWith", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: with no clause subject, -nya is no one's */
     {"Sekutunya, Iran, menolak usul itu."},
     {{0}},
     {F("Iran", "alliedWith", "Iran", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* must not: the subject of the next clause is no apposition */
     {"Setelah bertemu sekutu Iran, Vladimir Putin kembali ke Moskow."},
     {{0}},
     {F("Rusia", "alliedWith", "Iran", NULL), F("Vladimir Putin", "alliedWith", "Iran", NULL)},
     {{0}}, {{0}}, 1},
    {"appos", /* in parentheses, describing one name of a list */
     {"Delegasi Jerman dan Swiss (juga anggota PBB) tiba di Jenewa."},
     {F("Swiss", "memberOf", "Perserikatan Bangsa-Bangsa", "asserted")},
     {F("Jerman", "memberOf", "Perserikatan Bangsa-Bangsa", NULL)}, {{0}}, {{0}}, 1},
    {"appos", /* must not: a title that names the person after it is no apposition */
     {"Hadir Menteri Luar Negeri Malaysia Mohamad Hasan, Menteri Luar Negeri Vietnam sebagai "
      "Utusan Khusus Vietnam Bui Thanh Son, dan pejabat lain."},
     {{0}},
     {F("Mohamad Hasan", "officialOf", "Vietnam", NULL)}, {{0}}, {{0}}, 1},
    /* ---- list members: each member REL the genitive ---- */
    {"includes",
     {"Mitra dagang utama Vietnam termasuk China, Jepang, dan Korea Selatan."},
     {F("China", "tradesWith", "Vietnam", "asserted"), F("Jepang", "tradesWith", "Vietnam", "asserted"),
      F("Korea Selatan", "tradesWith", "Vietnam", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"includes", /* a verb's plain-noun object, described by a relative clause, then
                  * listed after "termasuk"; a quotation opening on the verb keeps its
                  * subject */
     {"Arab Saudi mengatakan Qatar \u201cmendukung banyak kelompok teroris, yang bertujuan "
      "mengganggu kestabilan kawasan, termasuk Ikhwanul Muslimin, ISIS dan al-Qaida.\u201d"},
     {F("Qatar", "supports", "Ikhwanul Muslimin", "alleged"), F("Qatar", "supports", "ISIS", "alleged"),
      F("Qatar", "supports", "Al Qaeda", "alleged")},
     {F("Arab Saudi", "supports", "ISIS", NULL)},
     {{0}}, {{0}}, 1},
    {"includes", /* must not: a pronoun object ("-nya") is no plain noun; a list after a
                  * clause that is no relative one belongs to that clause */
     {"Omar al-Bashir pergi ke negara-negara yang telah menolak menahannya, seperti Nigeria. "
      "Qatar mendukung banyak kelompok, dan Mesir mengecam hal itu, termasuk Yordania."},
     {{0}},
     {F("Omar al-Bashir", "opposes", "Nigeria", NULL), F("Qatar", "supports", "Yordania", NULL)},
     {{0}}, {{0}}, 1},
    {"members", /* a name made of its members' names, in brackets after it */
     {"Mafilindo atau Maphilindo (singkatan dari Malaysia, Filipina, dan Indonesia) adalah "
      "konfederasi yang diusulkan."},
     {F("Malaysia", "memberOf", "Mafilindo", "asserted"), F("Filipina", "memberOf", "Mafilindo", "asserted"),
      F("Indonesia", "memberOf", "Mafilindo", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"members", /* must not: what a person's name is short for makes no member */
     {"Jokowi (singkatan dari Joko Widodo dan Iriana Joko Widodo) hadir."},
     {{0}},
     {F("Joko Widodo", "memberOf", "Jokowi", NULL)},
     {{0}}, {{0}}, 1},
    {"includes", /* no genitive: the members are the clause subject's */
     {"Amerika Serikat memperluas latihan dengan sekutu-sekutu tradisional seperti Jepang dan "
      "Filipina."},
     {F("Jepang", "alliedWith", "Amerika Serikat", "asserted"),
      F("Filipina", "alliedWith", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"includes", /* must not: a list after a noun that is no frame head */
     {"Vietnam mengimpor barang dari negara seperti China dan Jepang."},
     {{0}},
     {F("China", "tradesWith", "Vietnam", NULL), F("Jepang", "alliedWith", "Vietnam", NULL)},
     {{0}}, {{0}}, 1},
    {"includes", /* the phrase opens its clause; a copula lists its members */
     {"Pada 1945, kelima anggota tetap Dewan Keamanan PBB adalah Prancis, Uni Soviet, dan "
      "Britania Raya. Mitra dagang terbesar Vietnam adalah Korea Selatan."},
     {F("Prancis", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Uni Soviet", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Inggris", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Korea Selatan", "tradesWith", "Vietnam", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"includes", /* must not: the phrase is inside a clause that began before it */
     {"Yang bertemu dengan sekutu Filipina adalah Jepang."},
     {{0}},
     {F("Jepang", "alliedWith", "Filipina", NULL)}, {{0}}, {{0}}, 1},
    {"includes", /* a list after the kind of body names the bodies; a short form in
                  * brackets does not end the list */
     {"Ghana dan Mali merupakan anggota organisasi multilateral seperti Organisasi Perdagangan "
      "Dunia (WTO), Kelompok 77 dan Gerakan Non-Blok."},
     {F("Ghana", "memberOf", "Organisasi Perdagangan Dunia", "asserted"),
      F("Ghana", "memberOf", "G77", "asserted"), F("Ghana", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Mali", "memberOf", "Organisasi Perdagangan Dunia", "asserted"),
      F("Mali", "memberOf", "G77", "asserted"), F("Mali", "memberOf", "Gerakan Non-Blok", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"includes", /* a title that opens its clause, "saat ini", a copula and the holder */
     {"Presiden Ghana saat ini adalah John Mahama."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"appos", /* "memandang X sebagai sekutu": the object is the subject's ally */
     {"Amerika memandang Vietnam sebagai sekutu dalam kebijakan itu."},
     {F("Vietnam", "alliedWith", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* an object "sebagai" a title of its own body, with no named subject */
     {"Parlemen memilih Kim Jong Un sebagai Ketua Partai Buruh Korea."},
     {F("Kim Jong Un", "leaderOf", "Partai Buruh Korea", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"appos", /* must not: with neither a subject nor a genitive, "sebagai sekutu" relates no one */
     {"Parlemen memandang Vietnam sebagai sekutu."},
     {{0}},
     {F("Vietnam", "alliedWith", "Parlemen", NULL)}, {{0}}, {{0}}, 0},
    {"appos", /* must not: a passive's agent before "sebagai" is no object */
     {"Produksi minyak oleh Kuwait dan Uni Emirat Arab dianggap Irak sebagai perang ekonomi."},
     {{0}},
     {F("Kuwait", "foughtAgainst", "Uni Emirat Arab", NULL), F("Irak", "foughtAgainst", "Kuwait", NULL)},
     {{0}}, {{0}}, 1},
    /* ---- parties after "antara" ---- */
    {"between",
     {"Perang antara Iran dan Irak berlangsung delapan tahun."},
     {F("Iran", "foughtAgainst", "Irak", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"between", /* "antara A dengan B", a modifier word before "antara" */
     {"Sengketa perbatasan antara Thailand dengan Kamboja kembali memanas."},
     {F("Thailand", "opposes", "Kamboja", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"between", /* must not: "antara" after a noun that states no relation */
     {"Perbatasan antara Iran dan Irak ditutup pada Senin."},
     {{0}},
     {F("Iran", "foughtAgainst", "Irak", NULL), F("Iran", "opposes", "Irak", NULL)}, {{0}}, {{0}}, 1},
    /* ---- states coordinated right after the head ---- */
    {"pair",
     {"Kerja sama pertahanan Australia, Jepang dan India meningkat tahun ini."},
     {F("Australia", "militaryCooperation", "Jepang", "asserted"),
      F("Australia", "militaryCooperation", "India", "asserted"),
      F("Jepang", "militaryCooperation", "India", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"pair", /* must not: one state, or a person, after the head */
     {"Kerja sama pertahanan Australia dengan Menteri Pertahanan India Rajnath Singh dibahas."},
     {{0}},
     {F("Australia", "militaryCooperation", "Rajnath Singh", NULL)}, {{0}}, {{0}}, 1},
    {"pair", /* two states joined by a hyphen in one word */
     {"Kerja sama pertahanan antara Indonesia-Australia diteken di Canberra."},
     {F("Indonesia", "militaryCooperation", "Australia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"pair", /* a hyphen pair inside an event's name */
     {"Perang Iran-Irak berakhir pada 1988."},
     {F("Iran", "foughtAgainst", "Irak", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"pair", /* must not: two cities joined by a hyphen are no pair of states */
     {"Kerja sama pertahanan Jakarta-Canberra dibahas pekan lalu."},
     {{0}},
     {F("Indonesia", "militaryCooperation", "Australia", NULL)}, {{0}}, {{0}}, 1},
    /* ---- the names after "terdiri dari" are members of the subject ---- */
    {"members", /* in a relative clause after the copula's predicate noun */
     {"Mercosur adalah blok dagang yang terdiri dari Argentina, Brasil, Paraguay, dan Uruguay."},
     {F("Argentina", "memberOf", "Mercosur", "asserted"), F("Brasil", "memberOf", "Mercosur", "asserted"),
      F("Paraguay", "memberOf", "Mercosur", "asserted"), F("Uruguay", "memberOf", "Mercosur", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"members", /* past a place where the predicate noun is */
     {"Uni Afrika merupakan sebuah organisasi antarbangsa di kawasan Afrika yang beranggotakan "
      "Ghana, Mali, dan Senegal."},
     {F("Ghana", "memberOf", "Uni Afrika", "asserted"), F("Mali", "memberOf", "Uni Afrika", "asserted"),
      F("Senegal", "memberOf", "Uni Afrika", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"members", /* must not: with no copula the place is what "yang" describes */
     {"Uni Afrika mengirim pasukan ke kawasan Sahel yang beranggotakan Mali dan Niger."},
     {{0}},
     {F("Mali", "memberOf", "Uni Afrika", NULL), F("Niger", "memberOf", "Uni Afrika", NULL)},
     {{0}}, {{0}}, 1},
    {"members", /* "beranggotakan" */
     {"Mercosur beranggotakan Argentina dan Brasil."},
     {F("Argentina", "memberOf", "Mercosur", "asserted"), F("Brasil", "memberOf", "Mercosur", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"members", /* must not: a subject that is no body has no members */
     {"Delegasi itu terdiri dari pejabat Argentina dan Brasil."},
     {{0}},
     {F("Argentina", "memberOf", "Brasil", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* "pendiri": a founder is a member */
     {"Indonesia dan Thailand adalah pendiri ASEAN."},
     {F("Indonesia", "memberOf", "ASEAN", "asserted"),
      F("Thailand", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"plural", /* a title that names two states: "kedua negara" are those two, not the
                * last two named together */
     {"Hubungan Vietnam dengan Laos\n\nHubungan Vietnam dengan Laos sangat erat. Vietnam dan "
      "Laos berbatasan. Laos terjepit di antara Thailand dan Vietnam. Vietnam membantu Laos. "
      "Kedua negara adalah anggota ASEAN."},
     {F("Vietnam", "memberOf", "ASEAN", "asserted"),
      F("Laos", "memberOf", "ASEAN", "asserted")},
     {F("Thailand", "memberOf", "ASEAN", NULL)}, {{0}}, {{0}}, 1},
    /* ---- the states after an agreement's head are its parties ---- */
    {"parties", /* the predicate describes the subject's agreement */
     {"Traktat Montevideo adalah perjanjian resmi pertama Uruguay-Paraguay."},
     {F("Uruguay", "partyTo", "Traktat Montevideo", "asserted"),
      F("Paraguay", "partyTo", "Traktat Montevideo", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"parties", /* must not: a state after the agreement's name, not after its head */
     {"Traktat Montevideo dibahas di Brasil pekan lalu."},
     {{0}},
     {F("Brasil", "partyTo", "Traktat Montevideo", NULL)}, {{0}}, {{0}}, 1},
    /* ---- an agreement the text describes but does not name ---- */
    {"unnamed", /* its parties after "antara": known by what it is and by them */
     {"Pengiriman pasukan itu sejalan dengan perjanjian pertahanan bersama antara Vietnam "
      "dan Laos."},
     {F("Vietnam", "partyTo", "perjanjian pertahanan bersama Laos\u2013Vietnam", "asserted"),
      F("Laos", "partyTo", "perjanjian pertahanan bersama Laos\u2013Vietnam", "asserted")},
     {{0}},
     {E("perjanjian pertahanan bersama Laos\u2013Vietnam", "Agreement"),
      /* ... and with its parties the other way round, and its own words */
      E("perjanjian pertahanan bersama Laos\u2013Vietnam = perjanjian pertahanan bersama "
        "Vietnam\u2013Laos", "Agreement"),
      E("perjanjian pertahanan bersama Laos\u2013Vietnam = perjanjian pertahanan bersama",
        "Agreement")},
     {E("perjanjian pertahanan bersama Laos\u2013Vietnam = Vietnam", NULL)}, 1},
    {"unnamed", /* signed "dengan" one state: both are parties */
     {"Fiji menandatangani nota kesepahaman dengan Samoa pada 2019."},
     {F("Fiji", "partyTo", "nota kesepahaman Fiji\u2013Samoa 2019", "asserted"),
      F("Samoa", "partyTo", "nota kesepahaman Fiji\u2013Samoa 2019", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"unnamed", /* must not: "dengan" two states are two agreements, neither named */
     {"Fiji juga meneken perjanjian dagang dengan Samoa dan Tonga pada 2019."},
     {{0}},
     {F("Samoa", "partyTo", "perjanjian dagang Fiji\u2013Samoa\u2013Tonga 2019", NULL)}, {{0}},
     {E("perjanjian dagang Fiji\u2013Samoa\u2013Tonga 2019", NULL)}, 1},
    {"unnamed", /* a word of status none and an unknown acronym are words of its kind */
     {"Fiji dan Samoa menandatangani perjanjian batas ZEE pada 2014."},
     {F("Fiji", "partyTo", "perjanjian batas ZEE Fiji\u2013Samoa 2014", "asserted"),
      F("Samoa", "partyTo", "perjanjian batas ZEE Fiji\u2013Samoa 2014", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"unnamed", /* also known by its parties as the text spells them */
     {"Perjanjian persahabatan pertama antara Afganistan dan Indonesia ditandatangani pada 1955."},
     {F("Afghanistan", "partyTo", "perjanjian persahabatan Afghanistan\u2013Indonesia 1955", "asserted"),
      F("Indonesia", "partyTo", "perjanjian persahabatan Afghanistan\u2013Indonesia 1955", "asserted")},
     {{0}},
     {E("perjanjian persahabatan Afghanistan\u2013Indonesia 1955 = perjanjian persahabatan "
        "Afganistan\u2013Indonesia 1955", "Agreement"),
      E("perjanjian persahabatan Afghanistan\u2013Indonesia 1955 = perjanjian persahabatan "
        "Indonesia\u2013Afganistan 1955", "Agreement")},
     {E("perjanjian persahabatan Afghanistan\u2013Indonesia 1955 = Afganistan", NULL)}, 1},
    {"unnamed", /* two of one kind signed in different years are two; a word that only
                 * describes one ("pertama", "baru") is no part of its kind; a compound
                 * verb written with a hyphen */
     {"Perjanjian persahabatan pertama antara Fiji dan Ghana ditanda-tangani pada 24 April 1955. "
      "Pada 10 November 2012, sebuah perjanjian persahabatan baru ditanda-tangani kedua negara."},
     {F("Fiji", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 1955", "asserted"),
      F("Ghana", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 1955", "asserted"),
      F("Fiji", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 2012", "asserted"),
      F("Ghana", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 2012", "asserted")},
     {{0}}, {{0}}, {E("perjanjian persahabatan pertama Fiji\u2013Ghana 1955", NULL)}, 1},
    {"unnamed", /* in an article on two states' relations, one signed by no one named is
                 * theirs; a signer with no agreement gets no state as one */
     {"Hubungan Fiji dengan Ghana\n\nHubungan Fiji dengan Ghana dimulai pada 1950. Untuk "
      "melembagakan hubungan antara kedua negara, perjanjian persahabatan ditandatangani pada 21 "
      "Juni 1951. Ghana kemudian menandatangani."},
     {F("Fiji", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 1951", "asserted"),
      F("Ghana", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 1951", "asserted")},
     {F("Ghana", "partyTo", "Fiji", NULL)}, {{0}}, {{0}}, 1},
    {"unnamed", /* must not: elsewhere no one named signed it */
     {"Fiji dan Ghana Protes Rudal\n\nFiji dan Ghana memprotes uji coba itu. Perjanjian "
      "persahabatan ditandatangani pada 21 Juni 1951."},
     {{0}},
     {F("Fiji", "partyTo", "perjanjian persahabatan Fiji\u2013Ghana 1951", NULL)}, {{0}}, {{0}}, 1},
    {"unnamed", /* signed by a coordinated subject, with the year of the signing */
     {"Indonesia dan Vietnam menandatangani nota kesepahaman kerja sama maritim di Hanoi pada "
      "12 Mei 2023."},
     {F("Indonesia", "partyTo", "nota kesepahaman kerja sama maritim Indonesia\u2013Vietnam 2023",
        "asserted"),
      F("Vietnam", "partyTo", "nota kesepahaman kerja sama maritim Indonesia\u2013Vietnam 2023",
        "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"unnamed", /* the short form in parentheses is the same agreement */
     {"Kedua menteri menyaksikan penandatanganan nota kesepahaman (MoU) kerja sama Chile dan "
      "Peru."},
     {F("Chile", "partyTo", "nota kesepahaman Chile\u2013Peru", "asserted"),
      F("Peru", "partyTo", "nota kesepahaman Chile\u2013Peru", "asserted")},
     {{0}}, {{0}}, {E("MoU", NULL)}, 1},
    {"unnamed", /* one agreement across documents; another pair's is another */
     {"Perjanjian perdagangan bebas antara Chile dan Peru mulai berlaku.",
      "Chile dan Peru menandatangani perjanjian perdagangan bebas.",
      "Perjanjian perdagangan bebas antara Chile dan Meksiko mulai berlaku."},
     {F("Chile", "partyTo", "perjanjian perdagangan bebas Chile\u2013Peru", "asserted"),
      F("Peru", "partyTo", "perjanjian perdagangan bebas Chile\u2013Peru", "asserted"),
      F("Chile", "partyTo", "perjanjian perdagangan bebas Chile\u2013Meksiko", "asserted"),
      F("Meksiko", "partyTo", "perjanjian perdagangan bebas Chile\u2013Meksiko", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"unnamed", /* a capitalised title that only says what kind it is names nothing */
     {"Menteri Luar Negeri Indonesia Ruslan Abdulgani dan Wakil Menteri Luar Negeri Uni Soviet "
      "Andrei Gromyko menandatangani Kesepakatan Bersama pada 11 September 1956."},
     {F("Indonesia", "partyTo", "Kesepakatan Bersama Indonesia\u2013Uni Soviet 1956", "asserted"),
      F("Uni Soviet", "partyTo", "Kesepakatan Bersama Indonesia\u2013Uni Soviet 1956", "asserted")},
     {{0}}, {{0}}, {E("Kesepakatan Bersama", NULL)}, 1},
    {"unnamed", /* must not: a title with a place in it is a name */
     {"Prancis dan Jerman menandatangani Perjanjian Damai Versailles pada 1919."},
     {F("Prancis", "partyTo", "Perjanjian Damai Versailles", "asserted"),
      F("Jerman", "partyTo", "Perjanjian Damai Versailles", "asserted")},
     {{0}}, {{0}}, {E("Perjanjian Damai Versailles Jerman\u2013Prancis 1919", NULL)}, 1},
    {"unnamed", /* a generic title is known by its parties; an en dash pairs two states */
     {"Israel dan Mesir menandatangani Perjanjian Perdamaian di Washington pada 1979. "
      "Perang Rusia\u2013Ukraina berlanjut."},
     {F("Israel", "partyTo", "Perjanjian Perdamaian Israel\u2013Mesir 1979", "asserted"),
      F("Mesir", "partyTo", "Perjanjian Perdamaian Israel\u2013Mesir 1979", "asserted"),
      F("Rusia", "foughtAgainst", "Ukraina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"unnamed", /* "kedua perjanjian" are the two named before; "dibuat oleh" makes parties */
     {"Traktat Lima ditandatangani pada 1929. Pada hari yang sama, Traktat Arica ditandatangani. "
      "Kedua perjanjian yang dibuat oleh Peru dan Chile itu berlaku pada 1930."},
     {F("Peru", "partyTo", "Traktat Lima", "asserted"), F("Chile", "partyTo", "Traktat Lima", "asserted"),
      F("Peru", "partyTo", "Traktat Arica", "asserted"),
      F("Chile", "partyTo", "Traktat Arica", "asserted")},
     {{0}}, {{0}}, {E("perjanjian Chile\u2013Peru 1930", NULL)}, 1},
    {"unnamed", /* a name in the predicate noun's phrase is not what "yang" describes; "perjanjian
                 * ini" is not the unnamed declaration met before */
     {"Pada 2003, suatu deklarasi antarnegara diumumkan. Papua Nugini adalah negara pertama di "
      "luar ASEAN yang menandatangani perjanjian ini pada tahun 1989."},
     {{0}},
     {F("Papua Nugini", "partyTo", "deklarasi antarnegara", NULL),
      F("ASEAN", "partyTo", "deklarasi antarnegara", NULL)},
     {{0}}, {{0}}, 1},
    {"unnamed", /* must not: an approval with no parties is no agreement */
     {"Presiden Amerika Serikat meminta persetujuan Kongres sebelum menyerang Suriah."},
     {{0}},
     {{0}}, {{0}}, {E("persetujuan", NULL), E("persetujuan Kongres", NULL)}, 1},
    {"unnamed", /* must not: a kind of ally; the predicate describes its subject */
     {"Amerika Serikat, sekutu perjanjian Filipina, menyambut baik langkah itu. Traktat Lima "
      "adalah perjanjian damai antara Peru dan Chile."},
     {F("Peru", "partyTo", "Traktat Lima", "asserted"),
      F("Chile", "partyTo", "Traktat Lima", "asserted")},
     {F("Filipina", "partyTo", "perjanjian Filipina", NULL)}, {{0}},
     {E("perjanjian damai Chile\u2013Peru", NULL)}, 1},
    {"unnamed", /* must not: with one state party it has no identity of its own */
     {"Indonesia menandatangani perjanjian perbatasan di Jakarta."},
     {{0}},
     {{0}}, {{0}}, {E("perjanjian perbatasan", NULL), E("perjanjian perbatasan Indonesia", NULL)}, 1},
    /* ---- a name that a copula defines by an office is a person's ---- */
    {"copula", /* a name no lexicon lists */
     {"Jawaharlal Nehru merupakan perdana menteri pertama India."},
     {F("Jawaharlal Nehru", "leaderOf", "India", "asserted")},
     {{0}}, {{"Jawaharlal Nehru", "Person"}}, {{0}}, 1},
    {"copula", /* must not: a copula that defines a place by no office */
     {"Istana Merdeka adalah kediaman resmi Presiden Indonesia."},
     {{0}},
     {{0}}, {{0}}, {{"Istana Merdeka", "Person"}}, 1},
    {"copula", /* "terpilih menjadi": the state after the title is the office's */
     {"Ferdinand Marcos Jr. terpilih menjadi Presiden Filipina pada 2022."},
     {F("Ferdinand Marcos Jr.", "leaderOf", "Filipina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* a list of offices, each of its own body, after a fronted clause */
     {"Hun Manet tiba di Tokyo. Sebelum menjadi perdana menteri, ia pernah menjabat sebagai "
      "Panglima Angkatan Darat Kamboja, Sekretaris Jenderal Partai Rakyat Kamboja, dan anggota "
      "Majelis Nasional Kamboja."},
     {F("Hun Manet", "officialOf", "Angkatan Darat Kamboja", "asserted"),
      F("Hun Manet", "leaderOf", "Partai Rakyat Kamboja", "asserted"),
      F("Hun Manet", "memberOf", "Majelis Nasional Kamboja", "asserted")},
     {F("Hun Manet", "memberOf", "Partai Rakyat Kamboja", NULL),
      F("Hun Manet", "officialOf", "Majelis Nasional Kamboja", NULL),
      F("Hun Manet", "officialOf", "Partai Rakyat Kamboja", NULL)},
     {{0}}, {{0}}, 1},
    {"copula", /* nested titles and a post's remit in a list of offices */
     {"Kofi Annan tiba di Jenewa. Ia menjabat sebagai Utusan Khusus Sekjen PBB untuk Suriah, "
      "Utusan Khusus Presiden Ghana untuk masalah Afrika Barat, dan Ketua Dewan Tetua."},
     {F("Kofi Annan", "officialOf", "Perserikatan Bangsa-Bangsa", "asserted"),
      F("Kofi Annan", "officialOf", "Ghana", "asserted")},
     {F("Kofi Annan", "officialOf", "Suriah", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* a list of predicate nouns, each with its coordinated bodies */
     {"Peru dan Chili termasuk sebagai negara-negara berkembang, anggota APEC dan Mercosur, dan juga "
      "anggota Gerakan Non-Blok."},
     {F("Peru", "memberOf", "APEC", "asserted"), F("Peru", "memberOf", "Mercosur", "asserted"),
      F("Peru", "memberOf", "Gerakan Non-Blok", "asserted"), F("Chile", "memberOf", "APEC", "asserted"),
      F("Chile", "memberOf", "Mercosur", "asserted"), F("Chile", "memberOf", "Gerakan Non-Blok", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"copula", /* must not: a noun after a verb of the predicate list is no predicate */
     {"Peru adalah negara Pasifik yang mengkritik anggota APEC."},
     {{0}},
     {F("Peru", "memberOf", "APEC", NULL)}, {{0}}, {{0}}, 1},
    {"copula", /* a pair reference with a demonstrative as subject */
     {"Kanada dan Meksiko menandatangani pakta itu. Kedua negara tersebut adalah anggota "
      "Organisasi Negara-Negara Amerika."},
     {F("Kanada", "memberOf", "Organisasi Negara-Negara Amerika", "asserted"),
      F("Meksiko", "memberOf", "Organisasi Negara-Negara Amerika", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    /* ---- a fronted clause shares the main clause's subject ---- */
    {"carried",
     {"Setelah bertemu selama dua jam di Ankara, Menteri Luar Negeri Sergey Lavrov dan Menteri "
      "Luar Negeri Turki Hakan Fidan sepakat membuka jalur gandum."},
     {F("Sergey Lavrov", "metWith", "Hakan Fidan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"carried", /* "sepakat bahwa" as the main predicate; the meeting's place makes a visit */
     {"Setelah bertemu di Tokyo, Perdana Menteri India Narendra Modi dan Perdana Menteri Jepang "
      "Fumio Kishida sepakat bahwa kerja sama itu penting."},
     {F("Narendra Modi", "metWith", "Fumio Kishida", "asserted"),
      F("Narendra Modi", "visited", "Jepang", "asserted")},
     {F("Fumio Kishida", "visited", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"carried", /* must not: a fronted clause with a subject of its own keeps it */
     {"Setelah Prancis mengecam Mali, Menteri Luar Negeri Mali Abdoulaye Diop memanggil duta besar."},
     {F("Prancis", "criticized", "Mali", "asserted")},
     {F("Abdoulaye Diop", "criticized", "Mali", NULL)}, {{0}}, {{0}}, 1},
    /* ---- a coordinated subject of a complement clause ---- */
    {"carried",
     {"Blinken mengatakan Washington dan Tokyo akan menjatuhkan sanksi terhadap Korea Utara."},
     {F("Amerika Serikat", "sanctioned", "Korea Utara", "planned"),
      F("Jepang", "sanctioned", "Korea Utara", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    /* ---- a subject carried into a clause after "dan kemudian" ---- */
    {"carried",
     {"Vietnam menyerbu Kamboja pada 1978 dan kemudian menduduki Phnom Penh."},
     {F("Vietnam", "attacked", "Kamboja", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"carried", /* must not: a clause with a subject of its own keeps it */
     {"Vietnam menyerbu Kamboja, tetapi Thailand mengecam serangan itu."},
     {F("Thailand", "criticized", "Vietnam", "asserted")},
     {F("Vietnam", "criticized", "Vietnam", NULL), F("Vietnam", "criticized", "Kamboja", NULL)},
     {{0}}, {{0}}, 1},
    {"plural", /* "kedua kepala pemerintahan": the two leaders */
     {"Presiden Kenya William Ruto tiba di Tokyo. Perdana Menteri Jepang Fumio Kishida berpidato "
      "di parlemen. Kedua kepala pemerintahan kemudian melakukan pertemuan bilateral."},
     {FD("William Ruto", "metWith", "Fumio Kishida", "asserted", NULL)},
     {F("Kenya", "metWith", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    /* ---- a plural reference does not multiply a list ---- */
    {"plural",
     {"Para pemimpin Indonesia, Malaysia, Singapura, Thailand, dan Filipina tiba di Bali. Mereka "
      "bertemu setiap tahun."},
     {{0}},
     {F("Indonesia", "metWith", "Malaysia", NULL), F("Singapura", "metWith", "Thailand", NULL)},
     {{0}}, {{0}}, 1},
};

/* Cases the sentence layer gets wrong today (printed, not counted). */
static const rule_case known_gaps[] = {
    {"parties", /* a half of the pair that is no state's name alone ("Korea") */
     {"Perjanjian Jepang-Korea 1905 ditandatangani di Seoul."},
     {F("Jepang", "partyTo", "Perjanjian Jepang-Korea 1905", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
};

int main(void) {
  static const char *const families[] = {"copula", "appos", "includes", "between", "pair", "parties", "unnamed",
                                         "members"};
  return rule_cases_main("frame cases", cases, sizeof cases / sizeof cases[0], known_gaps,
                         sizeof known_gaps / sizeof known_gaps[0], families,
                         sizeof families / sizeof families[0], 2);
}
