/* SPDX-License-Identifier: MIT */
/* Cue-table cases (data/cues/relations.tsv, status.tsv, words.tsv): the
 * relation vocabulary of real prose, each family with cases where a cue
 * fires and cases where the same word in ordinary use must not.
 *   narrative   verbs of war and conquest (mengalahkan, menduduki,
 *               pendudukan, dijajah, direbut, menaklukkan, mengumumkan
 *               perang terhadap, konflik dengan)
 *   cuewords    membantu, keberatan, prihatin, protes ke, berangkat menuju,
 *               persahabatan antara
 *   goods       arms named by their kind (pesawat tempur, helikopter, kapal
 *               selam), "pada" as the recipient, "buatan X", pemasok untuk
 *   statuswords modal and planning words, failure and negation, hearsay
 * See rule_cases.h for what a case says. */
#include "rule_cases.h"

static const rule_case cases[] = {
    {"meetings", /* a call between leaders is talks */
     {"Selama kunjungan itu Presiden Joko Widodo bertelepon dengan Perdana Menteri Kuba, Fidel "
      "Castro.",
      "Presiden Joko Widodo melakukan percakapan telepon dengan Presiden Amerika Serikat Barack "
      "Obama."},
     {F("Joko Widodo", "metWith", "Fidel Castro", "asserted"),
      F("Joko Widodo", "metWith", "Barack Obama", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"meetings", /* must not: a telephone as a thing */
     {"Presiden Joko Widodo membeli telepon genggam buatan Korea Selatan."},
     {{0}}, {F("Joko Widodo", "metWith", "Korea Selatan", NULL)}, {{0}}, {{0}}, 1},
    /* ---- narrative ---- */
    {"narrative", /* a passive agent named by a list after "yaitu", each by title */
     {"Traktat Persahabatan Afrika ditandatangani oleh para pemimpin negara pendiri, yaitu "
      "Presiden Ghana Kwame Nkrumah dan Presiden Mali Modibo Keita."},
     {F("Kwame Nkrumah", "partyTo", "Traktat Persahabatan Afrika", "asserted"),
      F("Ghana", "partyTo", "Traktat Persahabatan Afrika", "asserted"),
      F("Modibo Keita", "partyTo", "Traktat Persahabatan Afrika", "asserted"),
      F("Mali", "partyTo", "Traktat Persahabatan Afrika", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* the officials of several states, unnamed: the states sign; with -nya
                   * the treaty follows the verb */
     {"Kelompok itu dibentuk dengan ditandatanganinya Traktat Pendalaman Kepercayaan Militer oleh "
      "para kepala negara Kazakhstan, Kirgistan, dan Tajikistan."},
     {F("Kazakhstan", "partyTo", "Traktat Pendalaman Kepercayaan Militer", "asserted"),
      F("Kirgistan", "partyTo", "Traktat Pendalaman Kepercayaan Militer", "asserted"),
      F("Tajikistan", "partyTo", "Traktat Pendalaman Kepercayaan Militer", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* a body's envoys sign for it: the bodies are parties; "Konvensi
                   * tersebut" is the convention named before */
     {"Deklarasi Lembah Hijau ditandatangani oleh perwakilan Fretilin, Apodeti dan Partai "
      "Trabalhista. Konvensi Simla dibahas pada 1913. Konvensi tersebut kemudian "
      "ditandatangani oleh Henry McMahon dan Lonchen Satra."},
     {F("Fretilin", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Apodeti", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Partai Trabalhista", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Henry McMahon", "partyTo", "Konvensi Simla", "asserted"),
      F("Lonchen Satra", "partyTo", "Konvensi Simla", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: an envoy who carries a treaty does not sign it; a body that
                   * criticises one is no party */
     {"Deklarasi Lembah Hijau dibawa oleh utusan Fretilin. Apodeti mengkritik deklarasi "
      "tersebut."},
     {{0}},
     {F("Fretilin", "partyTo", "Deklarasi Lembah Hijau", NULL),
      F("Apodeti", "partyTo", "Deklarasi Lembah Hijau", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* the signers listed after "yang terdiri dari", each with his office in
                   * brackets: each and his state are parties */
     {"Deklarasi Lembah Hijau dibahas pada 1967. Deklarasi ini ditandatangani oleh ketua "
      "delegasi dari tiga negara yang terdiri dari Adam Malik (menteri luar negeri Indonesia), "
      "Narciso Ramos (menteri luar negeri Filipina) dan Thanat Khoman (menteri luar negeri "
      "Thailand)."},
     {F("Adam Malik", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Indonesia", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Narciso Ramos", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Filipina", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Thanat Khoman", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Thailand", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Narciso Ramos", "officialOf", "Filipina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a state in a person's brackets is no member of the list; a
                   * bracket that names no office gives no state */
     {"Deklarasi Lembah Hijau ditandatangani oleh Narciso Ramos (lahir di Malaysia) dan Thanat "
      "Khoman."},
     {F("Narciso Ramos", "partyTo", "Deklarasi Lembah Hijau", "asserted"),
      F("Thanat Khoman", "partyTo", "Deklarasi Lembah Hijau", "asserted")},
     {F("Malaysia", "partyTo", "Deklarasi Lembah Hijau", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* must not: one official's state is no party when no one is named */
     {"Traktat Pendalaman Kepercayaan Militer ditandatangani di depan kepala negara Kazakhstan."},
     {{0}},
     {F("Kazakhstan", "partyTo", "Traktat Pendalaman Kepercayaan Militer", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* "negara-negara yang sama", "kelima negara itu": the states last named
                   * together act, each on its own */
     {"Pada 1996, Tiongkok, Kazakhstan, Kirgistan, Rusia, dan Tajikistan membentuk kelompok "
      "itu. Setahun kemudian negara-negara yang sama menandatangani Traktat Pengurangan Pasukan "
      "Militer di Moskow. Kelima negara itu mengecam Jepang."},
     {F("China", "partyTo", "Traktat Pengurangan Pasukan Militer", "asserted"),
      F("Kazakhstan", "partyTo", "Traktat Pengurangan Pasukan Militer", "asserted"),
      F("Kirgistan", "partyTo", "Traktat Pengurangan Pasukan Militer", "asserted"),
      F("Rusia", "partyTo", "Traktat Pengurangan Pasukan Militer", "asserted"),
      F("Tajikistan", "partyTo", "Traktat Pengurangan Pasukan Militer", "asserted"),
      F("Rusia", "criticized", "Jepang", "asserted"),
      F("Tajikistan", "criticized", "Jepang", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a plural reference is no list of parties to pair up */
     {"Tiongkok, Kazakhstan, Kirgistan, dan Rusia menandatangani traktat itu. Kelima negara "
      "itu adalah sekutu. Negara-negara tersebut bertemu setiap tahun."},
     {{0}},
     {F("China", "alliedWith", "Rusia", NULL), F("China", "metWith", "Rusia", NULL),
      F("Kazakhstan", "metWith", "Kirgistan", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* "agar": the one urged is the purpose clause's subject, and what it is
                   * urged to do is no fact; its ally in apposition is */
     {"Jepang mendorong para pemimpin Rusia agar mengecam Suriah dan menekan sekutunya, Iran."},
     {F("Iran", "alliedWith", "Rusia", "asserted")},
     {F("Rusia", "criticized", "Suriah", NULL), F("Jepang", "criticized", "Suriah", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* "karena" after a judging verb: the one judged did it, and it is a fact;
                   * support for a sanctions regime, named in the plural */
     {"Menteri Pertahanan Amerika Serikat Jim Mattis memuji Vietnam karena mendukung "
      "sanksi-sanksi PBB terhadap Korea Utara."},
     {F("Jim Mattis", "officialOf", "Amerika Serikat", "asserted"),
      F("Vietnam", "supports", "Sanksi PBB terhadap Korea Utara", "asserted"),
      F("Perserikatan Bangsa-Bangsa", "sanctioned", "Korea Utara", "asserted")},
     {F("Jim Mattis", "supports", "Sanksi PBB terhadap Korea Utara", NULL),
      F("Jim Mattis", "supports", "Perserikatan Bangsa-Bangsa", NULL)},
     {{0}}, {{0}}, 0},
    {"narrative", /* must not: after a verb that judges no one, "karena" keeps the subject */
     {"Rusia menarik pasukannya dari Suriah karena mendukung Presiden Bashar al-Assad."},
     {F("Rusia", "supports", "Bashar al-Assad", "asserted")},
     {F("Suriah", "supports", "Bashar al-Assad", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* joining "pada" a body is membership */
     {"Kolombia dan Indonesia merupakan negara yang bergabung pada Gerakan Non-Blok."},
     {F("Kolombia", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Indonesia", "memberOf", "Gerakan Non-Blok", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* "ketiga negara" are the three named together, past a pair named later */
     {"Lavrov memperingatkan Amerika Serikat, Korea Selatan, dan Jepang agar tidak melawan Korea "
      "Utara maupun Rusia. Ketiga negara itu lalu menggelar latihan militer bersama."},
     {F("Amerika Serikat", "militaryCooperation", "Korea Selatan", "asserted"),
      F("Amerika Serikat", "militaryCooperation", "Jepang", "asserted"),
      F("Korea Selatan", "militaryCooperation", "Jepang", "asserted")},
     {F("Rusia", "militaryCooperation", "Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* withdrawing troops says they were there; a passive agent past a force */
     {"Amerika menarik mundur pasukannya dari Irak dan Afghanistan. Pada Perang Korea, Tentara "
      "Rakyat Korea didukung oleh pasukan militer Soviet."},
     {F("Amerika Serikat", "deployedTroopsTo", "Irak", "asserted"),
      F("Amerika Serikat", "deployedTroopsTo", "Afghanistan", "asserted"),
      F("Uni Soviet", "supports", "Tentara Rakyat Korea", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: an ambassador withdrawn is no troops */
     {"Indonesia menarik duta besarnya dari Australia."},
     {{0}},
     {F("Indonesia", "deployedTroopsTo", "Australia", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a body led by a person named after "dipimpin oleh" */
     {"Komite Solidaritas Afrika Utara dipimpin oleh Perdana Menteri Indonesia Mohammad Natsir."},
     {F("Mohammad Natsir", "leaderOf", "Indonesia", "asserted"),
      F("Mohammad Natsir", "leaderOf", "Komite Solidaritas Afrika Utara", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* "singgah di" a list; "mengkritisi"; a place visited lies in its state;
                   * when between a verb and "dengan" */
     {"Presiden Iran Mahmoud Ahmadinejad juga akan singgah di Nikaragua, Kuba, dan Ekuador.",
      "Afrika Selatan tak pernah mengkritisi Rusia secara terbuka.",
      "Menlu AS Antony Blinken mengunjungi sebuah museum di Afrika Selatan. Menlu Retno Marsudi "
      "bertemu Senin malam dengan Menlu Jepang Yoko Kamikawa."},
     {F("Mahmoud Ahmadinejad", "visited", "Kuba", "planned"), F("Mahmoud Ahmadinejad", "visited", "Ekuador", "planned"),
      F("Afrika Selatan", "criticized", "Rusia", "negated"), F("Antony Blinken", "visited", "Afrika Selatan", "asserted"),
      F("Retno Marsudi", "metWith", "Yoko Kamikawa", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a place in one's own state is no visit abroad; a stop at home */
     {"Presiden Joko Widodo mengunjungi pabrik di Jakarta.", "Menlu Retno Marsudi singgah di rumahnya."},
     {{0}},
     {F("Joko Widodo", "visited", "Indonesia", NULL), F("Retno Marsudi", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* the holder named after "negara itu" and a comma welcomes the guest; a
                   * spokesperson of a state's body in lower case; the head of a body leads it */
     {"Presiden Iran Mahmoud Ahmadinejad tiba di Managua dan disambut di bandara oleh presiden "
      "baru negara itu, Daniel Ortega.",
      "Juru bicara departemen luar negeri Amerika Victoria Nuland menuduh Iran.",
      "Kepala BKPM Franky Sibarani mendampingi Presiden."},
     {F("Daniel Ortega", "metWith", "Mahmoud Ahmadinejad", "asserted"),
      F("Victoria Nuland", "officialOf", "Amerika Serikat", "asserted"),
      F("Victoria Nuland", "accused", "Iran", "asserted"), F("Franky Sibarani", "leaderOf", "Badan Koordinasi Penanaman Modal", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "presiden" alone is the one named before; the head of a
                   * university's department does not lead the university */
     {"Presiden Iran Mahmoud Ahmadinejad tiba di Managua. Ia disambut oleh presiden.",
      "\"Rusia butuh Korea Utara,\" kata Jeh Sung-hoon, kepala Departemen Studi Rusia di "
      "Universitas Luar Negeri Hankuk."},
     {{0}},
     {F("Mahmoud Ahmadinejad", "metWith", "Mahmoud Ahmadinejad", NULL),
      F("Jeh Sung-hoon", "leaderOf", "Universitas Luar Negeri Hankuk", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a negation before a verb that governs an act noun is the verb's */
     {"Turki tidak pernah mengakui aneksasi Krimea oleh Rusia pada 2014.",
      "Indonesia tidak mendukung invasi Rusia ke Ukraina."},
     {F("Rusia", "annexed", "Ukraina", "asserted"), F("Indonesia", "supports", "Rusia", "negated"),
      F("Rusia", "attacked", "Ukraina", "asserted")},
     {F("Rusia", "annexed", "Ukraina", "negated"), F("Rusia", "attacked", "Ukraina", "negated")},
     {{0}}, {{0}}, 1},
    {"narrative", /* must not: a light verb, a verb of giving or a modal passes the negation on */
     {"Rusia tidak melakukan invasi ke Ukraina.", "Indonesia tidak memberikan dukungan kepada Israel.",
      "Korea Utara tidak bisa menyerang Korea Selatan."},
     {F("Rusia", "attacked", "Ukraina", "negated"), F("Indonesia", "supports", "Israel", "negated"),
      F("Korea Utara", "attacked", "Korea Selatan", "negated")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: an event named as a time tells no act of the sentence's states */
     {"Kuba menerima bantuan ekonomi dari Uni Soviet selama Perang Dingin."},
     {F("Uni Soviet", "providedAidTo", "Kuba", "asserted")},
     {F("Uni Soviet", "attacked", "Kuba", NULL), F("Uni Soviet", "foughtAgainst", "Kuba", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* ... but one whose name names its sides still does */
     {"Korea Utara memperkuat hubungan dengan Moskow sejak invasi Rusia ke Ukraina pada 2022."},
     {F("Rusia", "attacked", "Ukraina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* the one invited "untuk" a visit makes it, planned */
     {"Senator Mushahid Hussain Sayed mengundang Menhan RI Ryamizard Ryacudu untuk berkunjung ke Pakistan."},
     {F("Ryamizard Ryacudu", "visited", "Pakistan", "planned")},
     {F("Indonesia", "visited", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "untuk" after a visit is its purpose, the visitor's */
     {"Presiden Jokowi mengunjungi Jepang untuk bertemu Perdana Menteri Fumio Kishida."},
     {F("Joko Widodo", "metWith", "Fumio Kishida", "asserted")}, {F("Jepang", "metWith", "Fumio Kishida", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a relative clause on a copula's predicate noun, on a name's apposition, on a
                   * resolution: the subject is the name */
     {"Uni Soviet adalah negara pertama yang mengakui Korea Utara pada 1948.",
      "Korea Utara, negara yang mendukung Rusia, mengirim pasukan.",
      "Majelis Umum PBB mengeluarkan resolusi yang mengutuk tindakan Indonesia di Timor Timur."},
     {F("Uni Soviet", "recognized", "Korea Utara", "asserted"), F("Korea Utara", "supports", "Rusia", "asserted"),
      F("Majelis Umum PBB", "criticized", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a relative clause on a plain noun has that noun as subject */
     {"Presiden Iran Mahmud Ahmadinejad kini di Nikaragua untuk membangun persekutuan dengan para "
      "pemimpin kiri yang mengecam Amerika Serikat.",
      "Indonesia bekerja sama dengan negara yang mendukung Palestina."},
     {{0}},
     {F("Iran", "alliedWith", "Amerika Serikat", NULL), F("Mahmud Ahmadinejad", "criticized", "Amerika Serikat", NULL),
      F("Indonesia", "supports", "Palestina", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* shifting recognition to a state; establishing diplomatic relations */
     {"Kiribati mengumumkan bahwa pihaknya mengalihkan pengakuannya kepada China.",
      "Indonesia menjalin hubungan diplomatik dengan Korea Selatan pada 1973."},
     {F("Kiribati", "recognized", "China", "asserted"), F("Indonesia", "recognized", "Korea Selatan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: cooperation built is no recognition */
     {"Indonesia menjalin kerja sama dengan Korea Selatan.", "Jepang mengalihkan dana ke Korea Selatan."},
     {{0}}, {F("Indonesia", "recognized", "Korea Selatan", NULL), F("Jepang", "recognized", "Korea Selatan", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* narrative verbs of war: annexing a region, sinking a state's ship,
                   * besieging its city, a military intervention, a confrontation */
     {"Rusia mencaplok Krimea pada 2014. Inggris menenggelamkan kapal penjelajah Argentina pada 1982.",
      "Pasukan Soviet mengepung Berlin pada April 1945. Prancis melakukan intervensi militer di Mali pada 2013.",
      "Amerika Serikat dan Vietnam Utara terlibat konfrontasi di Teluk Tonkin."},
     {F("Rusia", "annexed", "Ukraina", "asserted"), F("Inggris", "attacked", "Argentina", "asserted"),
      F("Uni Soviet", "attacked", "Jerman", "asserted"), F("Prancis", "deployedTroopsTo", "Mali", "asserted"),
      F("Amerika Serikat", "foughtAgainst", "Vietnam Utara", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a ship that sinks, an intervention in a market */
     {"Kapal Indonesia itu tenggelam di Laut China Selatan.",
      "Bank sentral Jepang melakukan intervensi di pasar valuta asing China."},
     {{0}}, {F("Indonesia", "attacked", "China", NULL), F("Jepang", "deployedTroopsTo", "China", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a name in apposition to the head of "yang didukung X" is supported */
     {"Hamas, kelompok yang didukung Iran, menyerang Israel.",
      "Diktator yang didukung Amerika, Anastasio Somoza, digulingkan pada 1979."},
     {F("Iran", "supports", "Hamas", "asserted"), F("Amerika Serikat", "supports", "Anastasio Somoza", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: the agent of a relative clause is not the subject of the verb after it */
     {"Pasukan militan Syiah yang didukung Iran menyerang Arab Saudi.",
      "Rusia yang didukung China menyerang Ukraina."},
     {{0}}, {F("Iran", "attacked", "Arab Saudi", NULL), F("China", "attacked", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* the one attacked who reports it accuses the attacker; the act stands */
     {"Presiden Georgia Mikheil Saakashvili mengatakan tentara Rusia mengebom penduduk Georgia."},
     {F("Mikheil Saakashvili", "accused", "Rusia", "asserted"), F("Rusia", "attacked", "Georgia", "asserted")},
     {F("Rusia", "attacked", "Georgia", "alleged")}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: the one who acts and reports it accuses no one */
     {"Menteri Pertahanan Rusia Sergei Shoigu mengatakan pasukan Rusia menyerang Kharkiv di Ukraina."},
     {{0}}, {F("Sergei Shoigu", "accused", "Rusia", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* troops that arrive are deployed; an ally "sebagai sekutu" with no name before
                   * "sebagai" is the subject; sanctions "pada" a state's economy */
     {"Ribuan pasukan Rusia tiba di Belarus untuk latihan.", "India memasuki perang sebagai sekutu Bangladesh.",
      "Menteri-menteri luar negeri Uni Eropa akan menerapkan sanksi pada sektor-sektor utama ekonomi Belarus."},
     {F("Rusia", "deployedTroopsTo", "Belarus", "asserted"), F("India", "alliedWith", "Bangladesh", "asserted"),
      F("Uni Eropa", "sanctioned", "Belarus", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a leader who arrives deploys no troops; a view of another as an
                   * ally is the other's; a sanction "pada tahun" names no target */
     {"Presiden Joko Widodo tiba di Polandia.", "Amerika memandang Vietnam sebagai sekutu.",
      "AS menjatuhkan sanksi pada tahun 2014."},
     {{0}},
     {F("Indonesia", "deployedTroopsTo", "Polandia", NULL), F("Amerika Serikat", "alliedWith", "Amerika Serikat", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* -nya on the word that describes a visit: the agent before */
     {"Perjanjian itu ditandatangani oleh Presiden Uzbekistan Islam Karimov selama kunjungan "
      "resminya ke Indonesia."},
     {F("Islam Karimov", "visited", "Indonesia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a yearly meeting that groups states names no meeting of theirs */
     {"Para menteri itu bertemu di Bali. Pertemuan tahunan itu mengelompokkan Tiongkok, Jepang "
      "dan Korea Selatan dengan ASEAN."},
     {{0}}, {F("China", "metWith", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* whose accusation is denied accused the denier */
     {"Pemerintah Myanmar membantah tuduhan PBB soal pelanggaran hak asasi manusia."},
     {F("Perserikatan Bangsa-Bangsa", "accused", "Myanmar", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* a state's envoy who denies answers the accusation made against the state;
                   * the complement names whom they accuse */
     {"Duta Besar Rusia untuk PBB Vassily Nebenzia juga membantah tudingan Washington.",
      "Pemerintahan Chavez telah lama membantah tuduhan Washington dan Bogota bahwa Venezuela "
      "telah memberi perlindungan kepada FARC."},
     {F("Amerika Serikat", "accused", "Rusia", "asserted"), F("Kolombia", "accused", "Venezuela", "asserted")},
     {F("Amerika Serikat", "accused", "Vassily Nebenzia", NULL), F("Amerika Serikat", "accused", "Hugo Ch\u00e1vez", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* must not: a claim about one's own act accuses no one */
     {"Militer Pakistan membantah klaim India mengenai serangan itu."},
     {{0}}, {F("India", "accused", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* summoning a state's ambassador is a protest against that state */
     {"Pemerintah Filipina memanggil duta besar China untuk memprotes insiden di Laut China Selatan."},
     {F("Filipina", "criticized", "China", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: recalling one's own ambassador, or summoning a minister */
     {"Indonesia memanggil pulang duta besarnya dari Australia.",
      "Presiden Indonesia memanggil Menteri Luar Negeri Jepang Yoko Kamikawa."},
     {{0}},
     {F("Indonesia", "criticized", "Australia", NULL), F("Indonesia", "criticized", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a government body's stance is its state's too */
     {"Kementerian Luar Negeri China mengecam kunjungan Ketua DPR AS Nancy Pelosi ke Taiwan.",
      "Kementerian Pertahanan Rusia menuduh Ukraina menyerang Kursk."},
     {F("Kementerian Luar Negeri China", "criticized", "Amerika Serikat", "asserted"),
      F("China", "criticized", "Amerika Serikat", "asserted"),
      F("Rusia", "accused", "Ukraina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a body's meeting is not its state's, nor a party's stance */
     {"Kementerian Luar Negeri Indonesia bertemu Menteri Luar Negeri Jepang Yoko Kamikawa.",
      "Partai Komunis China mengecam Amerika Serikat."},
     {{0}},
     {F("Indonesia", "metWith", "Yoko Kamikawa", NULL), F("China", "criticized", "Amerika Serikat", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* who leads a state's delegation acts for it */
     {"Delegasi Indonesia dipimpin oleh Adam Malik.", "Utusan Rusia pimpinan Sergei Lavrov tiba di Beijing."},
     {F("Adam Malik", "officialOf", "Indonesia", "asserted"), F("Sergey Lavrov", "officialOf", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: a leader known to be another state's, or a force led */
     {"Delegasi China dipimpin oleh Menteri Luar Negeri Rusia Sergei Lavrov.",
      "Pasukan Rusia dipimpin oleh Valery Gerasimov."},
     {{0}},
     {F("Sergey Lavrov", "officialOf", "China", NULL), F("Valery Gerasimov", "officialOf", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* must not: who leads a state's delegation does not lead the state */
     {"Delegasi China yang dipimpin oleh Li Hongzhong tiba di Pyongyang."},
     {{0}},
     {F("Li Hongzhong", "leaderOf", "China", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a deed condemned "yang dilakukan (oleh) X": X is condemned */
     {"Kerry mengecam pembunuhan massal yang dilakukan Presiden Suriah Bashar al-Assad. Prancis "
      "mengecam serangan yang dilakukan oleh Rusia.",
      "Indonesia mengecam pembunuhan massal yang dilakukan oleh Israel di Gaza."},
     {F("John Kerry", "criticized", "Bashar al-Assad", "asserted"),
      F("Prancis", "criticized", "Rusia", "asserted"), F("Indonesia", "criticized", "Israel", "asserted")},
     {{0}}, {E("John Kerry = Kerry", "Person")}, {{0}}, 1},
    {"narrative", /* must not: done with someone, or somewhere, is not done by them */
     {"Prancis mengecam serangan yang dilakukan bersama Rusia di Suriah."},
     {{0}},
     {F("Prancis", "criticized", "Rusia", NULL), F("Prancis", "criticized", "Suriah", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* "menolak untuk menerapkan" an agreement opposes it */
     {"Ethiopia menolak untuk menerapkan Perjanjian Aljir."},
     {F("Etiopia", "opposes", "Perjanjian Aljir", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* must not: refusing to attend an event or to speak of a treaty */
     {"Rusia menolak untuk menghadiri KTT G20. Indonesia menolak untuk berkomentar tentang "
      "Perjanjian Aljir."},
     {{0}},
     {F("Rusia", "opposes", "KTT G20", NULL), F("Indonesia", "opposes", "Perjanjian Aljir", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a witness before a comma does not sign with the signers after it */
     {"Pada 11 September 1956 di hadapan Presiden Soekarno, Menteri Luar Negeri Indonesia "
      "Ruslan Abdulgani dan Wakil Menteri Luar Negeri Uni Soviet Andrei Gromyko menandatangani "
      "Kesepakatan Bersama."},
     {F("Ruslan Abdulgani", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet 1956",
        "asserted"),
      F("Andrei Gromyko", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet 1956",
        "asserted")},
     {F("Soekarno", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet 1956", NULL)},
     {E("Soekarno", "Person")}, {{0}}, 1},
    {"narrative", /* ... nor does a list of witnesses, written "dihadapan", closed by "dan" */
     {"Dihadapan Presiden Soekarno dan petinggi Uni Soviet seperti Anastas Mikoyan, Kliment "
      "Voroshilov dan Georgy Malenkov, Menteri Luar Negeri Indonesia Ruslan Abdulgani dan "
      "Wakil Menteri Luar Negeri Uni Soviet Andrei Gromyko menandatangani Kesepakatan Bersama."},
     {F("Ruslan Abdulgani", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet",
        "asserted")},
     {F("Soekarno", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet", NULL),
      F("Georgy Malenkov", "partyTo", "Kesepakatan Bersama Indonesia\xE2\x80\x93Uni Soviet", NULL),
      F("Ruslan Abdulgani", "officialOf", "Uni Soviet", NULL)},
     {E("Soekarno", "Person")}, {{0}}, 1},
    {"narrative", /* "aktif di" an organization: a person is a member, each of a list */
     {"Mohammad Roem aktif di berbagai organisasi seperti Jong Islamieten Bond dan Sarekat "
      "Islam."},
     {F("Mohammad Roem", "memberOf", "Jong Islamieten Bond", "asserted"),
      F("Mohammad Roem", "memberOf", "Sarekat Islam", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* must not: "aktif dalam" doing something, a state that is active */
     {"Diplomat Ali Alatas aktif dalam menggalang suara G77. Indonesia aktif di ASEAN."},
     {{0}},
     {F("Ali Alatas", "memberOf", "G77", NULL), F("Indonesia", "memberOf", "ASEAN", NULL)},
     {{0}}, {{0}}, 1},
    {"narrative", /* a ber- only cue: "bergabung dengan" joins ... */
     {"Swedia bergabung dengan NATO pada 2024."},
     {F("Swedia", "memberOf", "NATO", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* must not: ... "menggabungkan" merges something else into it */
     {"Prancis menggabungkan dua komando ke NATO."},
     {{0}},
     {F("Prancis", "memberOf", "NATO", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* "kedua menteri" are the two people last named */
     {"Menlu Indonesia Retno Marsudi bertemu dengan Menlu Australia Penny Wong di Jakarta. Dalam "
      "pertemuan itu, kedua menteri membahas kerja sama pertahanan."},
     {F("Australia", "militaryCooperation", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: with one person named, "kedua menteri" is no one */
     {"Menlu Australia Penny Wong tiba di Jakarta. Kedua menteri membahas kerja sama pertahanan."},
     {{0}},
     {F("Australia", "militaryCooperation", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* "aliansi dengan A dan B": the subject's partners, not each other's */
     {"Filipina mendukung aliansi dengan Tiongkok dan Rusia."},
     {{0}},
     {F("China", "alliedWith", "Rusia", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: training in a field is no military exercise */
     {"Indonesia dan Tanzania memperluas kerja sama pertanian melalui pelatihan, penelitian "
      "bersama, dan akses pasar."},
     {{0}},
     {F("Indonesia", "militaryCooperation", "Tanzania", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* the object does not lie past a conjunction and another verb */
     {"Amerika mendukung oposisi moderat dan menuduh Rusia memperburuk keadaan."},
     {F("Amerika Serikat", "accused", "Rusia", "asserted")},
     {F("Amerika Serikat", "supports", "Rusia", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* training given to another state's people is aid */
     {"Indonesia memberikan pelatihan bagi petani Tanzania."},
     {F("Indonesia", "providedAidTo", "Tanzania", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* a quoted speaker's "saya" is the speaker, "kami" their state */
     {"\"Dalam kunjungan saya ke Kenya, kami mendukung kerja sama pertanian,\" kata Presiden "
      "Ghana John Mahama."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted"),
      F("John Mahama", "visited", "Kenya", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "saya" in a sentence that quotes no one is no one */
     {"Presiden Ghana John Mahama tiba di Accra. Saya berkunjung ke Kenya tahun lalu."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted")},
     {F("John Mahama", "visited", "Kenya", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* seizing another state's ships is an attack on it */
     {"Iran menyita kapal tanker Inggris di Teluk."},
     {F("Iran", "attacked", "Inggris", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"narrative", /* must not: seizing a person's passport is no attack on their state */
     {"Polisi Jerman menyita paspor warga Ukraina."},
     {{0}},
     {F("Jerman", "attacked", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a pronoun passive: "yang mereka tuduh", "yang ia kunjungi"; "mereka"
                   * after "para diplomat Amerika" is the United States */
     {"Para diplomat Amerika mengatakan mereka kecewa dengan rekan-rekan dari Rusia yang mereka "
      "tuduh mengingkari kesepakatan. Presiden Ghana John Mahama tiba di Nairobi. Kenya adalah "
      "negara yang ia kunjungi pertama kali."},
     {F("Amerika Serikat", "accused", "Rusia", "asserted"),
      F("John Mahama", "visited", "Kenya", "asserted")},
     {F("Rusia", "accused", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* "menyesalkan" deplores, "menyambut baik" welcomes */
     {"Jepang menyesalkan peluncuran rudal Korea Utara. Uni Eropa menyambut baik keputusan Iran."},
     {F("Jepang", "criticized", "Korea Utara", "asserted"),
      F("Uni Eropa", "supports", "Iran", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "menyambut" a guest is a meeting, not support */
     {"Presiden Ghana John Mahama menyambut Presiden Kenya William Ruto di Accra."},
     {F("John Mahama", "metWith", "William Ruto", "asserted")},
     {F("John Mahama", "supports", "William Ruto", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a defeat in a war: the two states fought */
     {"Dalam perang itu, Peru mengalahkan Ekuador."},
     {F("Peru", "foughtAgainst", "Ekuador", "asserted")},
     {{0}},
     {E("Peru", "State"), E("Ekuador", "State")},
     {{0}},
     0},
    {"narrative", /* occupation by troops: the land and an attack */
     {"Pasukan Irak menduduki Kuwait pada Agustus 1990."},
     {F("Irak", "annexed", "Kuwait", "asserted"), F("Irak", "attacked", "Kuwait", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* the noun of occupation with its genitive agent */
     {"Pendudukan Irak atas Kuwait berakhir pada 1991."},
     {F("Irak", "annexed", "Kuwait", "asserted"), F("Irak", "attacked", "Kuwait", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* colonial rule, passive with its agent right after the verb */
     {"Laos pernah dijajah Prancis selama puluhan tahun."},
     {F("Prancis", "annexed", "Laos", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* conquest in a war */
     {"Pada 1990, Irak menaklukkan Kuwait dalam invasi singkat."},
     {F("Irak", "annexed", "Kuwait", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* declaring war: the two are at war */
     {"Bolivia mengumumkan perang terhadap Paraguay pada 1932."},
     {F("Bolivia", "foughtAgainst", "Paraguay", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* a conflict with a state */
     {"Sudan terlibat konflik dengan Sudan Selatan sejak 2012."},
     {F("Sudan", "foughtAgainst", "Sudan Selatan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"narrative", /* retaking land from a state is no annexation of it */
     {"Ukraina merebut kembali wilayah itu dari Rusia."},
     {{0}},
     {F("Ukraina", "annexed", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"narrative", /* contesting land (memperebutkan) is not seizing it */
     {"Bolivia dan Chile memperebutkan wilayah Atacama selama puluhan tahun."},
     {{0}},
     {F("Bolivia", "annexed", "Chile", NULL), F("Chile", "annexed", "Bolivia", NULL)},
     {{0}},
     {{0}},
     0},
    {"narrative", /* "menduduki peringkat": a rank, not land */
     {"Jepang menduduki peringkat ketiga, di atas Jerman."},
     {{0}},
     {F("Jepang", "annexed", "Jerman", NULL), F("Jepang", "attacked", "Jerman", NULL)},
     {{0}},
     {{0}},
     0},
    {"narrative", /* a trade conflict is no war */
     {"Amerika Serikat terlibat konflik dagang dengan Kanada."},
     {{0}},
     {F("Amerika Serikat", "foughtAgainst", "Kanada", NULL)},
     {{0}},
     {{0}},
     1},
    {"narrative", /* parties defeating parties: no states fought */
     {"Partai Buruh Australia mengalahkan Partai Liberal Australia dalam pemilu."},
     {{0}},
     {F("Australia", "foughtAgainst", "Australia", NULL)},
     {{0}},
     {{0}},
     1},

    /* ---- cuewords ---- */
    {"cuewords", /* helping a state is supporting it */
     {"Tentara Kuba membantu Angola melawan pemberontak."},
     {F("Kuba", "supports", "Angola", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* an accusation of help: the help is alleged */
     {"Kolombia menuduh Venezuela membantu Nikaragua."},
     {F("Kolombia", "accused", "Venezuela", "asserted"),
      F("Venezuela", "supports", "Nikaragua", "alleged")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"cuewords", /* help for flood victims in a state supports no state */
     {"Jepang membantu korban banjir di Pakistan."},
     {{0}},
     {F("Jepang", "supports", "Pakistan", NULL)},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* help for a programme is aid, not support */
     {"Rusia membantu program antariksa Iran."},
     {F("Rusia", "providedAidTo", "Iran", "asserted")},
     {F("Rusia", "supports", "Iran", NULL)},
     {{0}},
     {{0}},
     1},
    {"cuewords", /* an objection is opposition */
     {"Argentina keberatan dengan kebijakan Inggris di Atlantik Selatan."},
     {F("Argentina", "opposes", "Inggris", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"cuewords", /* concern over a state's act is criticism of it */
     {"Malaysia menyampaikan keprihatinan atas tindakan Myanmar."},
     {F("Malaysia", "criticized", "Myanmar", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* concern over a disaster in a state criticizes no one */
     {"Indonesia prihatin atas gempa di Turki."},
     {{0}},
     {F("Indonesia", "criticized", "Turki", NULL)},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* a protest sent "ke" a state */
     {"Korea Selatan mengajukan protes keras ke Jepang."},
     {F("Korea Selatan", "criticized", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* setting off for a state is a visit */
     {"Menteri Luar Negeri Chile Alberto van Klaveren berangkat menuju Peru pada Senin."},
     {F("Alberto van Klaveren", "officialOf", "Chile", "asserted"),
      F("Alberto van Klaveren", "visited", "Peru", "asserted")},
     {{0}},
     {E("Alberto van Klaveren", "Person")},
     {{0}},
     0},
    {"cuewords", /* setting off from home visits nothing */
     {"Presiden Kolombia Gustavo Petro berangkat dari Bogota pada pagi hari."},
     {F("Gustavo Petro", "leaderOf", "Kolombia", "asserted")},
     {F("Gustavo Petro", "visited", "Kolombia", NULL)},
     {{0}},
     {{0}},
     0},
    {"cuewords", /* friendship between two states */
     {"Menurut Presiden Mongolia, persahabatan antara Mongolia dan Kazakhstan tak tergoyahkan."},
     {F("Mongolia", "alliedWith", "Kazakhstan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},

    /* ---- goods ---- */
    {"goods", /* arms bought, in a passive relative clause: the seller after "dari" */
     {"Rudal Patriot yang dibeli Arab Saudi dari Amerika Serikat menangkal serangan itu."},
     {F("Amerika Serikat", "suppliedArmsTo", "Arab Saudi", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"goods", /* must not: goods that are no arms */
     {"Rumah yang dibeli Arab Saudi dari Amerika Serikat itu besar."},
     {{0}},
     {F("Amerika Serikat", "suppliedArmsTo", "Arab Saudi", NULL)},
     {{0}}, {{0}}, 1},
    {"goods", /* fighter jets for sale, planned */
     {"Prancis akan menjual 26 pesawat tempur Rafale kepada India."},
     {F("Prancis", "suppliedArmsTo", "India", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"goods", /* helicopters sold "pada" a state */
     {"Amerika Serikat menjual delapan helikopter militer pada Filipina."},
     {F("Amerika Serikat", "suppliedArmsTo", "Filipina", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"goods", /* drones received that another state made */
     {"Militer Sudan menerima pengiriman drone buatan Turki."},
     {F("Turki", "suppliedArmsTo", "Sudan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"goods", /* a supplier of fuel "untuk" a state */
     {"Qatar menjadi pemasok utama bahan bakar untuk Pakistan."},
     {F("Qatar", "exportsTo", "Pakistan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"goods", /* weapons provided ("menyediakan") for a state's troops */
     {"Uni Soviet menyediakan penasihat dan persenjataan untuk pasukan Vietnam Utara."},
     {F("Uni Soviet", "suppliedArmsTo", "Vietnam Utara", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"goods", /* coal supplied "bagi" a state */
     {"Kazakhstan memasok batubara bagi Kirgizstan."},
     {F("Kazakhstan", "exportsTo", "Kirgistan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"goods", /* palm oil is no weapon */
     {"Malaysia menjual minyak sawit kepada India."},
     {{0}},
     {F("Malaysia", "suppliedArmsTo", "India", NULL)},
     {{0}},
     {{0}},
     1},
    {"goods", /* help with submarine technology is aid, not a weapon handed over */
     {"Prancis memberikan bantuan teknologi kapal selam kepada Brasil."},
     {F("Prancis", "providedAidTo", "Brasil", "asserted")},
     {F("Prancis", "suppliedArmsTo", "Brasil", NULL)},
     {{0}},
     {{0}},
     1},

    /* ---- statuswords ---- */
    {"statuswords", /* "bakal": will */
     {"Menteri Luar Negeri Peru Elmer Schialer bakal mengunjungi Chile."},
     {F("Elmer Schialer", "officialOf", "Peru", "asserted"),
      F("Elmer Schialer", "visited", "Chile", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"statuswords", /* a possibility in the future is not a fact yet */
     {"Rusia dapat membeli drone dari Iran pada masa depan."},
     {F("Iran", "suppliedArmsTo", "Rusia", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"statuswords", /* a failed meeting did not happen */
     {"Presiden Kenya William Ruto gagal bertemu dengan Presiden Uganda Yoweri Museveni."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("Yoweri Museveni", "leaderOf", "Uganda", "asserted"),
      F("William Ruto", "metWith", "Yoweri Museveni", "negated")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"statuswords", /* "tanpa dukungan X": X gave no support */
     {"Nigeria mengirim pasukan ke Mali tanpa dukungan Ghana."},
     {F("Nigeria", "deployedTroopsTo", "Mali", "asserted"),
      F("Ghana", "supports", "Nigeria", "negated")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"statuswords", /* an effort is planned */
     {"Serbia berniat bergabung dengan Uni Eropa."},
     {F("Serbia", "memberOf", "Uni Eropa", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"statuswords", /* a finding of intelligence is an allegation */
     {"Belarus membeli roket dari Iran, menurut temuan intelijen Lituania."},
     {F("Iran", "suppliedArmsTo", "Belarus", "alleged")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"statuswords", /* an effort named by its noun in an opening phrase plans nothing */
     {"Sebagai bagian dari upaya memperkuat hubungan, Presiden Finlandia Alexander Stubb "
      "mengunjungi Jepang."},
     {F("Alexander Stubb", "leaderOf", "Finlandia", "asserted"),
      F("Alexander Stubb", "visited", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"statuswords", /* a missile test ("uji coba") is no attempt */
     {"Korea Utara melakukan uji coba rudal yang melanggar resolusi Dewan Keamanan PBB."},
     {{0}},
     {F("Korea Utara", "violated", "Sanksi PBB terhadap Korea Utara", "planned")},
     {{0}},
     {{0}},
     1},
    /* ---- a denied accusation: the denier claims, the claim is denied ---- */
    {"statuswords", /* "membantah tuduhan bahwa pihaknya ...": the subject's own state */
     {"Pemerintah Iran membantah tuduhan bahwa pihaknya memasok drone kepada Rusia."},
     {FC("Iran", "suppliedArmsTo", "Rusia", "denied", "Iran")},
     {F("Iran", "suppliedArmsTo", "Rusia", "alleged")}, {{0}}, {{0}}, 1},
    {"statuswords", /* must not: an accusation that nobody denies stays alleged */
     {"Ukraina menuduh bahwa Iran memasok drone kepada Rusia."},
     {FC("Iran", "suppliedArmsTo", "Rusia", "alleged", "Ukraina"),
      F("Ukraina", "accused", "Iran", "asserted")},
     {F("Iran", "suppliedArmsTo", "Rusia", "denied")}, {{0}}, {{0}}, 1},
    {"statuswords", /* the accusation as a noun, and criticism of the accuser */
     {"Venezuela mengecam tuduhan Kolombia bahwa Caracas melindungi pemberontak."},
     {F("Venezuela", "criticized", "Kolombia", "asserted"),
      F("Kolombia", "accused", "Venezuela", "asserted")},
     {F("Venezuela", "criticized", "Venezuela", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a facility attacked in a place: the place's state, here denied */
     {"Israel membantah telah menyerang kamp pengungsi di Gaza. Rusia menyerang fasilitas energi "
      "di Ukraina."},
     {FC("Israel", "attacked", "Palestina", "denied", "Israel"),
      F("Rusia", "attacked", "Ukraina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* clashes: "terlibat bentrokan", "bentrok dengan" */
     {"Thailand dan Kamboja terlibat bentrokan bersenjata di perbatasan. Pasukan Eritrea bentrok "
      "dengan tentara Etiopia."},
     {F("Thailand", "foughtAgainst", "Kamboja", "asserted"),
      F("Eritrea", "foughtAgainst", "Etiopia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "terlibat" in talks is no fight */
     {"India terlibat dalam perundingan dengan Pakistan."},
     {{0}},
     {F("India", "foughtAgainst", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* "menginvasi" takes its object directly */
     {"Turki menginvasi Siprus pada tahun 1974."},
     {F("Turki", "attacked", "Siprus", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: the object does not lie past a place and a comma */
     {"Korea Utara menembakkan rudal ke Laut Jepang, kata militer Korea Selatan."},
     {{0}},
     {F("Korea Utara", "attacked", "Korea Selatan", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* a counterpart named after "dari" and its state */
     {"Menteri Luar Negeri Kanada Melanie Joly bertemu mitranya dari Meksiko, Alicia Barcena, di "
      "Ottawa."},
     {F("Mélanie Joly", "metWith", "Alicia Barcena", "asserted"),
      F("Mélanie Joly", "officialOf", "Kanada", "asserted")},
     {F("Mélanie Joly", "metWith", "Meksiko", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* sanctions extended */
     {"Uni Eropa memperpanjang sanksi ekonomi terhadap Belarus selama enam bulan."},
     {F("Uni Eropa", "sanctioned", "Belarus", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* a companion after a passive's agent signs too */
     {"Menteri Pertahanan Filipina Gilberto Teodoro tiba di Tokyo. Perjanjian Akses Timbal Balik "
      "diteken Teodoro bersama Menteri Pertahanan Jepang Minoru Kihara."},
     {F("Minoru Kihara", "partyTo", "Perjanjian Akses Timbal Balik", "asserted"),
      F("Gilberto Teodoro", "partyTo", "Perjanjian Akses Timbal Balik", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* defence named far from the cue, in the list of fields */
     {"Kerja sama antara Peru dan Chili juga meliputi beberapa bidang, termasuk kesehatan, "
      "pertahanan, dan lingkungan hidup."},
     {F("Peru", "militaryCooperation", "Chile", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* must not: a list of fields without a military one */
     {"Kerja sama antara Peru dan Chili meliputi beberapa bidang, termasuk kesehatan, pendidikan, "
      "dan lingkungan hidup."},
     {{0}},
     {F("Peru", "militaryCooperation", "Chile", NULL)}, {{0}}, {{0}}, 1},
    /* ---- troops stationed, as a noun ---- */
    {"goods", /* "penempatan pasukan X di Y" */
     {"Tiongkok mengecam penempatan pasukan Jepang di Filipina."},
     {F("China", "criticized", "Jepang", "asserted"), F("Jepang", "deployedTroopsTo", "Filipina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"goods", /* must not: troops with no state of their own are not the subject's */
     {"Rusia akan memantau penempatan pasukan aliansi di wilayah Finlandia."},
     {{0}},
     {F("Rusia", "deployedTroopsTo", "Finlandia", NULL)}, {{0}}, {{0}}, 1},
    /* ---- arms bought: the seller supplies them ---- */
    {"goods",
     {"Turki membeli sistem pertahanan udara S-400 dari Rusia."},
     {F("Rusia", "suppliedArmsTo", "Turki", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"goods", /* must not: goods that are no arms */
     {"Turki membeli gandum dari Rusia."},
     {{0}},
     {F("Rusia", "suppliedArmsTo", "Turki", NULL)}, {{0}}, {{0}}, 1},
    /* ---- a clause of its own after ", dan" ---- */
    {"narrative",
     {"Pasukan Israel menyerang Gaza, dan Mesir mengecam serangan tersebut."},
     {F("Mesir", "criticized", "Israel", "asserted")},
     {F("Israel", "attacked", "Mesir", NULL)}, {{0}}, {{0}}, 1},
    /* ---- visits stated by a noun: the host received the guests at home ---- */
    {"visits", /* a list after a plural partner names who they were; "para pemimpin"
                * is no one leader met before */
     {"Presiden Ghana Nana Akufo-Addo tiba di Accra. Blinken kemudian bertemu dengan para "
      "pemimpin senior lain, termasuk Menteri Luar Negeri Ghana Shirley Ayorkor Botchwey."},
     {F("Nana Akufo-Addo", "leaderOf", "Ghana", "asserted"),
      F("Shirley Ayorkor Botchwey", "officialOf", "Ghana", "asserted"),
      F("Antony Blinken", "metWith", "Shirley Ayorkor Botchwey", "asserted")},
     {F("Antony Blinken", "metWith", "Nana Akufo-Addo", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* being in, or speaking in, another state's city */
     {"Menteri Pertahanan Jepang Gen Nakatani berada di Hanoi dalam lawatannya ke Asia. Presiden "
      "Chile Gabriel Boric berpidato di Canberra pada hari kedua kunjungannya."},
     {F("Gen Nakatani", "officialOf", "Jepang", "asserted"),
      F("Gen Nakatani", "visited", "Vietnam", "asserted"),
      F("Gabriel Boric", "leaderOf", "Chile", "asserted"),
      F("Gabriel Boric", "visited", "Australia", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"visits", /* must not: a leader at home, a building somewhere */
     {"Presiden Vietnam Luong Cuong berada di Hanoi. Kedutaan itu berada di Canberra."},
     {F("Luong Cuong", "leaderOf", "Vietnam", "asserted")},
     {F("Luong Cuong", "visited", "Vietnam", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* a state's force that arrives is deployed, it does not visit */
     {"Gelombang pertama Marinir Amerika telah tiba di Filipina utara."},
     {F("Amerika Serikat", "deployedTroopsTo", "Filipina", "asserted")},
     {F("Amerika Serikat", "visited", "Filipina", NULL)}, {{0}}, {{0}}, 0},
    {"visits", /* must not: the agent of a relative clause's verb is not the visitor */
     {"Presiden Filipina Rodrigo Duterte berbicara dalam lawatan kenegaraan ke China yang diamati "
      "dengan seksama oleh Amerika."},
     {F("Rodrigo Duterte", "leaderOf", "Filipina", "asserted")},
     {F("Amerika Serikat", "visited", "China", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* in an article on two states' relations, a visit with no destination
                * by one side is to the other; a capitalised word before a hyphenated
                * pair does not swallow it */
     {"Hubungan Ghana dengan Togo\n\nHubungan Ghana-Togo erat. Presiden Togo Faure Gnassingbe "
      "melakukan kunjungan kenegaraan pada 2022. Kunjungan balasan dari Ghana dilakukan pada "
      "2023."},
     {F("Faure Gnassingbe", "leaderOf", "Togo", "asserted"),
      F("Faure Gnassingbe", "visited", "Ghana", "asserted"),
      F("Ghana", "visited", "Togo", "asserted")},
     {{0}}, {E("Ghana", "State"), E("Togo", "State")}, {E("Hubungan Ghana-Togo", NULL)}, 0},
    {"visits", /* must not: a title that names two states but not their relations */
     {"Togo dan Ghana Protes Rudal\n\nTogo dan Ghana memprotes uji coba itu. Presiden Togo Faure "
      "Gnassingbe melakukan kunjungan kenegaraan pada 2022."},
     {{0}},
     {F("Faure Gnassingbe", "visited", "Ghana", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* a visit "di" a place: the state of the place */
     {"Usai menyelesaikan agenda kunjungannya di Sri Lanka, Presiden Ghana John Mahama bertolak "
      "menuju Jakarta."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted"),
      F("John Mahama", "visited", "Sri Lanka", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* a person of one state who speaks in another: fronted "Di X," or "di X"
                * right after the name */
     {"Di Accra, Menteri Luar Negeri Togo Robert Dussey mengatakan kerja sama penting. Menteri "
      "Luar Negeri Ghana Samuel Ablakwa di Lome kemarin mengatakan hal yang sama."},
     {F("Robert Dussey", "officialOf", "Togo", "asserted"),
      F("Robert Dussey", "visited", "Ghana", "asserted"),
      F("Samuel Ablakwa", "officialOf", "Ghana", "asserted"),
      F("Samuel Ablakwa", "visited", "Togo", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: speaking at home, or of a place after the verb */
     {"Di Accra, Menteri Luar Negeri Ghana Samuel Ablakwa mengatakan kerja sama penting. Menteri "
      "Luar Negeri Togo Robert Dussey mengatakan pasukan tetap di Lome."},
     {F("Samuel Ablakwa", "officialOf", "Ghana", "asserted"),
      F("Robert Dussey", "officialOf", "Togo", "asserted")},
     {F("Samuel Ablakwa", "visited", "Ghana", NULL), F("Robert Dussey", "visited", "Togo", NULL)},
     {{0}}, {{0}}, 1},
    {"visits", /* a lede's name and "ke" a state with no verb; "kunjungan X ... adalah ke Y" */
     {"Presiden Ghana John Mahama ke Indonesia Senin untuk menghadiri konferensi itu. Kunjungan "
      "terakhir Mahama ke luar wilayah itu adalah ke China pada Juni 2011."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted"),
      F("John Mahama", "visited", "Indonesia", "asserted"),
      F("John Mahama", "visited", "China", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: going back home is no visit */
     {"Ketika perdamaian tercapai, Jenderal Ghana Kofi Boakye kembali ke Ghana. Boakye lalu "
      "berkata pasukan Togo kembali ke Togo."},
     {{0}},
     {F("Kofi Boakye", "visited", "Ghana", NULL), F("Kofi Boakye", "visited", "Togo", NULL)},
     {{0}}, {{0}}, 1},
    {"visits", /* a titled subject after "sejak" opening a clause */
     {"Hubungan membaik sejak Presiden Republik Ghana John Kufuor mengunjungi kerajaan Belanda "
      "pada tahun 2000."},
     {F("John Kufuor", "leaderOf", "Ghana", "asserted"),
      F("John Kufuor", "visited", "Belanda", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* defence ties "dengan" a state, pursued by the subject of a verb that
                  * strengthens them; the government of a name opens the clause */
     {"Pemerintah Presiden AS Barack Obama selama ini berupaya mendorong hubungan pertahanan dengan "
      "Indonesia. "
      "Pasukan Irak menerobos perbatasan Iran pada 1980."},
     {F("Barack Obama", "leaderOf", "Amerika Serikat", "asserted"),
      F("Amerika Serikat", "militaryCooperation", "Indonesia", "planned"),
      F("Irak", "attacked", "Iran", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* a state's force opens the reported clause: it acts */
     {"Temuan itu muncul setelah pemerintahan Presiden Joe Biden memastikan bahwa militer Rusia "
      "pada Agustus menerima pengiriman drone buatan Iran."},
     {F("Iran", "suppliedArmsTo", "Rusia", "asserted")},
     {F("Iran", "suppliedArmsTo", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"statuswords", /* must not: those "yang dituduh" supporting are the plain noun's */
     {"AS memberlakukan sanksi baru terhadap 18 individu dan kelompok yang dituduh mendukung "
      "program misil balistik Iran."},
     {{0}},
     {F("Amerika Serikat", "supports", "Iran", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* must not: "berada di tengah" an event is no visit */
     {"Presiden India Narendra Modi berada di tengah invasi Rusia ke Ukraina."},
     {F("Narendra Modi", "leaderOf", "India", "asserted")},
     {F("Narendra Modi", "visited", "Rusia", NULL), F("Narendra Modi", "visited", "Ukraina", NULL)},
     {{0}}, {{0}}, 1},
    {"cuewords", /* must not: rebels of a state are not the state; a list after "setelah"
                  * is no subject of the clause after its comma */
     {"Washington dan Ankara mendukung pemberontak Suriah. Aljazair adalah mitra terbesar "
      "keempat setelah Afrika Selatan, Nigeria dan Mesir, pada tahun 2011 nilai perdagangan "
      "mencapai US$489 juta."},
     {{0}},
     {F("Amerika Serikat", "supports", "Suriah", NULL), F("Turki", "supports", "Suriah", NULL),
      F("Afrika Selatan", "tradesWith", "Nigeria", NULL), F("Nigeria", "tradesWith", "Mesir", NULL)},
     {{0}}, {{0}}, 1},
    {"cuewords", /* an adjective after a relation noun is no faction; "Namun X, didukung
                  * oleh Y," keeps X */
     {"Operasi itu menjadi simbol persahabatan militan antara Pyongyang dan Moskwa. Namun Korea "
      "Selatan, didukung oleh Amerika dan Jepang, menolak usul itu."},
     {F("Korea Utara", "alliedWith", "Rusia", "asserted"),
      F("Amerika Serikat", "supports", "Korea Selatan", "asserted"),
      F("Jepang", "supports", "Korea Selatan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* membership "dalam" a body, of the state after "keanggotaan"; joint
                  * patrols; an act with its own agent after it is that agent's */
     {"Indonesia menyambut keanggotaan Myanmar dalam ASEAN pada 1997. Jepang dan Filipina "
      "melakukan patroli bersama. Menteri Pertahanan Filipina Gilberto Teodoro mengecam patroli "
      "China tersebut."},
     {F("Myanmar", "memberOf", "ASEAN", "asserted"),
      F("Jepang", "militaryCooperation", "Filipina", "asserted"),
      F("Gilberto Teodoro", "criticized", "China", "asserted")},
     {F("Indonesia", "memberOf", "ASEAN", NULL), F("Gilberto Teodoro", "criticized", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"cuewords", /* a body that acts on a state's membership: the state is its member */
     {"Liga Arab menangguhkan keanggotaan Suriah. Presiden Ghana menyambut keanggotaan Togo."},
     {F("Suriah", "memberOf", "Liga Arab", "asserted")},
     {F("Togo", "memberOf", "Ghana", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* must not: a member's place is no body */
     {"Turki adalah anggota NATO di Eropa. Ia adalah anggota parlemen di Ankara."},
     {F("Turki", "memberOf", "NATO", "asserted")},
     {F("NATO", "memberOf", "Eropa", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* channelling aid to a state */
     {"Jepang menyalurkan bantuan kemanusiaan ke Filipina."},
     {F("Jepang", "providedAidTo", "Filipina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* thanking someone "atas bantuannya": the one thanked gave it */
     {"Ukraina berterima kasih kepada Jepang atas bantuannya. Fiji berterima kasih kepada "
      "Australia atas dukungannya."},
     {F("Jepang", "providedAidTo", "Ukraina", "asserted"), F("Australia", "supports", "Fiji", "asserted")},
     {F("Ukraina", "providedAidTo", "Jepang", NULL), F("Fiji", "supports", "Australia", NULL)},
     {{0}}, {{0}}, 1},
    {"cuewords", /* "saling": a coordinated subject acts on each other, also with a
                  * complement verb after the cue */
     {"Arab Saudi dan Iran saling menuduh mendukung kelompok militan. India dan Pakistan saling "
      "menyerang di Kashmir."},
     {F("Arab Saudi", "accused", "Iran", "asserted"), F("Iran", "accused", "Arab Saudi", "asserted"),
      F("India", "attacked", "Pakistan", "asserted"), F("Pakistan", "attacked", "India", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* must not: without "saling" a coordinated subject does not act on itself */
     {"Arab Saudi dan Iran menuduh Israel. India dan Pakistan mengecam serangan itu."},
     {F("Arab Saudi", "accused", "Israel", "asserted"), F("Iran", "accused", "Israel", "asserted")},
     {F("Arab Saudi", "accused", "Iran", NULL), F("India", "criticized", "Pakistan", NULL)},
     {{0}}, {{0}}, 1},
    {"cuewords", /* blaming is accusing and criticising; "tudingan" of its own; "kawan
                  * terdekat" is an ally */
     {"Rusia menyalahkan Ukraina atas serangan itu. Tudingan Iran terhadap Israel muncul lagi. "
      "China adalah kawan terdekat Pakistan."},
     {F("Rusia", "accused", "Ukraina", "asserted"), F("Rusia", "criticized", "Ukraina", "asserted"),
      F("Iran", "accused", "Israel", "asserted"), F("China", "alliedWith", "Pakistan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* shooting at each other is fighting; arming a group is supporting it */
     {"Kedua negara, India dan Pakistan, biasa tembak-menembak di Kashmir. Iran membantah telah "
      "mempersenjatai Hizbullah."},
     {F("India", "foughtAgainst", "Pakistan", "asserted"), F("Iran", "supports", "Hizbullah", "denied")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* must not: "bersenjata" is armed, no one arms anyone */
     {"Pasukan Korea Utara membantu menundukkan angkatan bersenjata Ukraina."},
     {{0}},
     {F("Korea Utara", "suppliedArmsTo", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* a state represented by someone: their official, past a portfolio no
                  * lexicon lists; a cabinet is a body, not a person */
     {"Pemerintah Ghana akan diwakili oleh Menteri Pertanian dan Perikanan, Kwame Mensah Boateng. "
      "Togo diwakili oleh Kabinet Faure III."},
     {F("Kwame Mensah Boateng", "officialOf", "Ghana", NULL)},
     {F("Kabinet Faure III", "officialOf", "Togo", NULL)}, {E("Kabinet Faure III", "Organization")},
     {{0}}, 1},
    {"visits", /* attending a dinner "bersama" someone is meeting them */
     {"Obama menghadiri jamuan makan malam resmi bersama Perdana Menteri Thailand Yingluck "
      "Shinawatra."},
     {F("Yingluck Shinawatra", "leaderOf", "Thailand", "asserted"),
      F("Barack Obama", "metWith", "Yingluck Shinawatra", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* an invasion "di" a state; "kedua pemerintahan" agree on an alliance */
     {"Indonesia memprotes invasi Soviet di Afganistan. Fiji dan Ghana menjalin hubungan "
      "diplomatik. Kedua pemerintahan kemudian menyetujui persekutuan strategis."},
     {F("Indonesia", "criticized", "Uni Soviet", "asserted"),
      F("Uni Soviet", "attacked", "Afghanistan", "asserted"),
      F("Fiji", "recognized", "Ghana", "asserted"), /* diplomatic relations established */
      F("Fiji", "alliedWith", "Ghana", "asserted")},
     {F("Indonesia", "criticized", "Afghanistan", NULL)}, {{0}}, {{0}}, 0},
    {"visits", /* a press conference "dengan" someone, where the speaker says it */
     {"Hillary Clinton mengatakan dalam jumpa pers dengan Menteri Luar Negeri Tiongkok Yang Jiechi "
      "bahwa hal itu penting. Inggris adalah sekutu paling erat Amerika Serikat."},
     {F("Yang Jiechi", "officialOf", "China", "asserted"),
      F("Hillary Clinton", "metWith", "Yang Jiechi", "asserted"),
      F("Inggris", "alliedWith", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: the report verb's subject is not the one who speaks of a meeting */
     {"Hillary Clinton mengatakan pertemuan Menteri Luar Negeri Rusia Sergei Lavrov dengan Yang "
      "Jiechi penting."},
     {{0}},
     {F("Hillary Clinton", "metWith", "Yang Jiechi", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* the holder of the title met is named after its comma */
     {"Blinken akan bertemu Menteri Luar Negeri Turki, Hakan Fidan pada Jumat."},
     {F("Hakan Fidan", "officialOf", "Turki", "asserted"),
      F("Antony Blinken", "metWith", "Hakan Fidan", "planned")},
     {F("Antony Blinken", "metWith", "Turki", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* "bilateral" in an article on two states' relations is between them */
     {"Hubungan Ghana dengan Togo\n\nHubungan Ghana dengan Togo adalah hubungan bilateral "
      "antara Ghana dan Togo. Pada tahun 2008, perdagangan bilateral mencapai US$6 miliar."},
     {F("Ghana", "tradesWith", "Togo", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"cuewords", /* must not: elsewhere it names no pair ("pertemuan bilateral kedua negara") */
     {"Togo dan Ghana Protes Rudal\n\nTogo dan Ghana memprotes uji coba itu. Perdagangan "
      "bilateral Mali meningkat."},
     {{0}},
     {F("Ghana", "tradesWith", "Togo", NULL), F("Togo", "tradesWith", "Ghana", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* a day and date between commas before the partner */
     {"Blinken bertemu, Minggu (2/8), dengan Menteri Luar Negeri Yordania Ayman Safadi di Amman."},
     {F("Ayman Safadi", "officialOf", "Yordania", "asserted"),
      F("Antony Blinken", "metWith", "Ayman Safadi", "asserted"),
      F("Antony Blinken", "visited", "Yordania", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"visits", /* must not: the date ends the clause; the next one has its own subject */
     {"Blinken tiba, Minggu (2/8), dan Menteri Luar Negeri Yordania Ayman Safadi mengecam Iran."},
     {F("Ayman Safadi", "officialOf", "Yordania", "asserted"),
      F("Ayman Safadi", "criticized", "Iran", "asserted")},
     {F("Antony Blinken", "metWith", "Ayman Safadi", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* "menyambut kedatangan X" with no place: the host's state */
     {"Presiden Kenya William Ruto menyambut kedatangan Perdana Menteri India Narendra Modi."},
     {F("William Ruto", "metWith", "Narendra Modi", "asserted"),
      F("Narendra Modi", "visited", "Kenya", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* a list whose members come with their wives */
     {"Raja Yordania Abdullah II menerima kunjungan Presiden Chili Gabriel Boric beserta istri, "
      "Perdana Menteri Kanada Justin Trudeau beserta istri, dan Presiden Ghana John Mahama."},
     {F("Abdullah II", "metWith", "Gabriel Boric", "asserted"),
      F("Abdullah II", "metWith", "Justin Trudeau", "asserted"),
      F("Abdullah II", "metWith", "John Mahama", "asserted"),
      F("John Mahama", "visited", "Yordania", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: a guest received in his own state visits no one */
     {"Presiden Prancis Emmanuel Macron menerima kunjungan Kanselir Jerman Olaf Scholz di Berlin."},
     {F("Emmanuel Macron", "metWith", "Olaf Scholz", "asserted")},
     {F("Olaf Scholz", "visited", "Jerman", NULL), F("Olaf Scholz", "visited", "Prancis", NULL)},
     {{0}}, {{0}}, 1},
    {"visits", /* a head of state who receives a foreign leader receives him at home */
     {"Presiden Chili Gabriel Boric menerima Perdana Menteri Selandia Baru Chris Hipkins."},
     {F("Gabriel Boric", "metWith", "Chris Hipkins", "asserted"),
      F("Chris Hipkins", "visited", "Chile", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: by telephone no one travels; an official of a body hosts nowhere */
     {"Presiden Chili Gabriel Boric menerima Perdana Menteri Selandia Baru Chris Hipkins melalui "
      "telepon. Kehadiran Boric disambut oleh Sekretaris Jenderal PBB Antonio Guterres."},
     {F("Gabriel Boric", "metWith", "Chris Hipkins", "asserted"),
      F("António Guterres", "metWith", "Gabriel Boric", "asserted")},
     {F("Chris Hipkins", "visited", "Chile", NULL), F("Gabriel Boric", "visited", "Portugal", NULL)},
     {{0}}, {{0}}, 1},
    {"visits", /* "kedatangan X ke Y", "lawatan di Y" */
     {"Kedatangan Presiden Brasil Lula da Silva ke Vietnam disambut hangat. Kanselir Austria Karl "
      "Nehammer memulai lawatan di Mongolia."},
     {F("Luiz Inácio Lula da Silva", "visited", "Vietnam", "asserted"),
      F("Karl Nehammer", "visited", "Mongolia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: the `war` flag, a defeat in a match is no war */
     {"Tim nasional Argentina mengalahkan Brasil 2-1 di final Piala Amerika."},
     {{0}},
     {F("Argentina", "foughtAgainst", "Brasil", NULL)},
     {{0}},
     {{0}},
     1},
    {"narrative", /* the `next` flag: "hubungan" right after the verb */
     {"Ekuador memutuskan hubungan diplomatik dengan Meksiko."},
     {F("Ekuador", "opposes", "Meksiko", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"cuewords", /* the subject of the verb after "membantu X" is X */
     {"Kuba mengirim tentara untuk membantu Angola merebut Namibia."},
     {F("Kuba", "deployedTroopsTo", "Angola", "asserted")},
     {F("Kuba", "annexed", "Namibia", NULL)},
     {{0}},
     {{0}},
     1},
    {"statuswords", /* a negated nominal predicate */
     {"Serbia bukan anggota Uni Eropa."},
     {F("Serbia", "memberOf", "Uni Eropa", "negated")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"narrative", /* a defeat in a war */
     {"Jepang mengalahkan Rusia dalam perang tahun 1905."},
     {F("Jepang", "foughtAgainst", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"narrative", /* must not: "memutuskan untuk ..." is no break of relations */
     {"Ekuador memutuskan untuk memperbaiki hubungan dengan Meksiko."},
     {{0}},
     {F("Ekuador", "opposes", "Meksiko", NULL)}, {{0}}, {{0}}, 1},
    {"cuewords", /* must not: the object of a verb joined by "dan" does not act */
     {"Kuba mendukung Angola dan mengecam Afrika Selatan."},
     {F("Kuba", "supports", "Angola", "asserted"), F("Kuba", "criticized", "Afrika Selatan", "asserted")},
     {F("Angola", "criticized", "Afrika Selatan", NULL)}, {{0}}, {{0}}, 1},
    {"narrative", /* a passive agent after a noun of government */
     {"Vietnam pernah dijajah pemerintahan Kekaisaran Prancis."},
     {F("Prancis", "annexed", "Vietnam", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"narrative", /* must not: a passive with no agent names none */
     {"Vietnam dijajah selama hampir seratus tahun."},
     {{0}},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* "negara" before the name of the state recognised */
     {"Malaysia menolak untuk mengakui negara Israel."},
     {F("Malaysia", "recognized", "Israel", "negated")},
     {{0}}, {{0}}, {{0}}, 1},
    {"cuewords", /* a base-form cue as the complement of a reporting verb */
     {"Malaysia menyatakan prihatin dengan tindakan Myanmar."},
     {F("Malaysia", "criticized", "Myanmar", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"cuewords", /* must not: another subject between the reporting verb and the cue */
     {"Malaysia mengatakan Thailand prihatin dengan tindakan Myanmar."},
     {{0}},
     {F("Malaysia", "criticized", "Myanmar", NULL)}, {{0}}, {{0}}, 1},
};

/* No known gaps today: each construction of this file passes (gaps that
 * need code, not a table row, go here; see rule_cases.h). */

int main(void) {
  static const char *const families[] = {"narrative", "cuewords", "goods", "statuswords", "visits"};
  return rule_cases_main("cue cases", cases, sizeof cases / sizeof cases[0], NULL, 0, families,
                         sizeof families / sizeof families[0], 3);
}
