/* SPDX-License-Identifier: MIT */
/* The extractor's rule families (see rule_cases.h for what a case says).
 * `known_gaps[]` are cases the extractor gets wrong today: they are printed,
 * not counted, so that the rules can be fixed and the case moved into
 * `cases[]`. */
#include "rule_cases.h"

static const rule_case cases[] = {
    /* ---- role title + name ---- */
    {"role",
     {"Presiden Prancis Emmanuel Macron mengunjungi Jakarta pada Senin."},
     {F("Emmanuel Macron", "leaderOf", "Prancis", "asserted"),
      /* a capital as destination: its state is visited, the city stays a place */
      F("Emmanuel Macron", "visited", "Indonesia", "asserted")},
     {{0}},
     {E("Emmanuel Macron", "Person"), E("Prancis", "State"), E("Jakarta", "Place"),
      E("Indonesia", "State")},
     {E("Macron", NULL), E("Jakarta", "State")},
     0},
    {"role", /* a head of a unit named by its portfolio (regions, a list of fields) is
              * an official of the body; a post word inside the body's name */
     {"Hadir Direktur Jenderal Asia-Pasifik dan Afrika Kementerian Luar Negeri Desra Percaya. "
      "Demikian siaran pers Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden Bey "
      "Machmudin."},
     {F("Desra Percaya", "officialOf", "Kementerian Luar Negeri", "asserted"),
      F("Bey Machmudin", "officialOf", "Sekretariat Presiden", "asserted")},
     {F("Desra Percaya", "leaderOf", "Kementerian Luar Negeri", NULL)},
     {E("Sekretariat Presiden", "Organization")},
     {E("Bidang", NULL), E("Presiden Bey Machmudin", NULL)},
     1},
    {"role", /* must not: a word the grammar knows is no one-word name after a title;
              * outside a title's body a post word before a name is the name's title */
     {"Ketua Bidang itu berbicara. Kantor Presiden Joko Widodo mengumumkannya."},
     {F("Joko Widodo", "leaderOf", "Indonesia", "asserted")},
     {{0}},
     {E("Joko Widodo", "Person")},
     {E("Bidang", NULL), E("Kantor Presiden", NULL)},
     1},
    {"role", /* a portfolio the lexicon does not list, written in capitals before the state */
     {"Menteri Sumber Daya Alam Kanada Jonathan Wilkinson bertemu dengan Menteri Sains dan "
      "Teknologi Tinggi Meksiko Rosaura Ruiz di Ottawa."},
     {F("Jonathan Wilkinson", "officialOf", "Kanada", "asserted"),
      F("Rosaura Ruiz", "officialOf", "Meksiko", "asserted"),
      F("Jonathan Wilkinson", "metWith", "Rosaura Ruiz", "asserted"),
      F("Rosaura Ruiz", "visited", "Kanada", "asserted")},
     {{0}},
     {E("Jonathan Wilkinson", "Person"), E("Rosaura Ruiz", "Person"), E("Ottawa", "Place")},
     {E("Sumber Daya Alam", NULL), E("Teknologi Tinggi", NULL)},
     0},
    {"meeting", /* dining with someone; a spouse named after whose spouse they are */
     {"Menteri Luar Negeri AS Hillary Clinton bersantap siang bersama istri Mandela, Graca Machel."},
     {F("Hillary Clinton", "metWith", "Graca Machel", "asserted")},
     {F("Hillary Clinton", "metWith", "Nelson Mandela", NULL)}, {{0}}, {{0}}, 1},
    {"meeting", /* must not: "beserta istri," before the next guest is no spouse's name */
     {"Presiden Jokowi menerima kunjungan kehormatan Perdana Menteri Australia Scott Morrison beserta "
      "istri, Perdana Menteri Republik Singapura Lee Hsien Loong beserta istri, dan Perdana Menteri "
      "Kamboja Hun Sen."},
     {F("Scott Morrison", "visited", "Indonesia", "asserted")},
     {F("Scott Morrison", "visited", "Singapura", NULL), F("Hun Sen", "visited", "Australia", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* a stop of someone's journey is visited by them */
     {"Nigeria adalah salah satu persinggahan Menteri Luar Negeri AS Rex Tillerson dalam lawatannya "
      "di Afrika."},
     {F("Rex Tillerson", "visited", "Nigeria", "asserted")},
     {F("Amerika Serikat", "visited", "Nigeria", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a destination of goods is visited by no one */
     {"Nigeria adalah tujuan ekspor utama minyak Angola."},
     {{0}}, {F("Angola", "visited", "Nigeria", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a traveller's next stops after "lalu ke", with the first visit's status */
     {"Presiden Iran Mahmoud Ahmadinejad akan mengunjungi Nikaragua, lalu ke Kuba dan Ekuador dalam "
      "lawatan selama lima hari."},
     {F("Mahmoud Ahmadinejad", "visited", "Kuba", "planned"), F("Mahmoud Ahmadinejad", "visited", "Ekuador", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: going home after the visit, or no visit before */
     {"Presiden Iran Mahmoud Ahmadinejad mengunjungi Nikaragua, lalu kembali ke Iran. Harga minyak "
      "naik, lalu ke Kuba hanya dikirim surat."},
     {F("Mahmoud Ahmadinejad", "visited", "Nikaragua", "asserted")},
     {F("Mahmoud Ahmadinejad", "visited", "Kuba", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a person "dari" an institute or university works there */
     {"Sukh Deo Muni dari Institut Kajian Pertahanan dan Analisa di New Delhi mengatakan hal itu."},
     {F("Sukh Deo Muni", "affiliatedWith", "Institut Kajian Pertahanan dan Analisa", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a government body is no institute one is affiliated with */
     {"Retno Marsudi dari Kementerian Luar Negeri Indonesia hadir dalam pertemuan itu."},
     {{0}}, {F("Retno Marsudi", "affiliatedWith", "Kementerian Luar Negeri Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"clause", /* "dirinya" refers back to a person as "ia" does */
     {"Menteri Luar Negeri Retno Marsudi mengatakan dirinya akan berkunjung ke Jepang."},
     {F("Retno Marsudi", "visited", "Jepang", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"clause", /* must not: it refers to no state */
     {"Jepang mengatakan dirinya tidak akan berkunjung ke Korea Utara."},
     {{0}}, {F("Jepang", "visited", "Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* taking part in a body's summit is no membership of the body */
     {"Presiden Serbia Aleksandar Vucic akan memutuskan partisipasinya dalam KTT BRICS pekan depan."},
     {{0}}, {F("Serbia", "memberOf", "BRICS", NULL), F("Aleksandar Vucic", "memberOf", "BRICS", NULL)},
     {E("KTT BRICS", "Event")}, {{0}}, 1},
    {"relations", /* must not: joining the body itself is */
     {"Presiden Serbia Aleksandar Vucic mengatakan Serbia akan bergabung dengan BRICS."},
     {F("Serbia", "memberOf", "BRICS", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* what was done to someone is judged through its doer, never its patient */
     {"Amerika mengecam penangkapan Aung San Suu Kyi oleh militer Myanmar. Penyingkiran Muhammad "
      "Yunus dikecam Amerika."},
     {F("Amerika Serikat", "criticized", "Myanmar", "asserted")},
     {F("Amerika Serikat", "criticized", "Aung San Suu Kyi", NULL),
      F("Amerika Serikat", "criticized", "Muhammad Yunus", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a person judged for their own act stays the object */
     {"Amerika mengecam Aung San Suu Kyi atas penangkapan wartawan."},
     {F("Amerika Serikat", "criticized", "Aung San Suu Kyi", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"clause", /* -nya in a clause of reason with no subject: the subject of the clause it
                * gives the reason for, past a relative clause naming no one */
     {"Perjalanan Lavrov ke Afrika, yang juga mencakup pemberhentian di Mesir, Republik Kongo dan "
      "Ethiopia, bertujuan mencari sekutu, sebab Moskow kini berada di bawah tekanan Barat yang kuat "
      "karena invasinya ke Ukraina."},
     {F("Rusia", "attacked", "Ukraina", "asserted")},
     {F("Mesir", "attacked", "Ukraina", NULL), F("Etiopia", "attacked", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"clause", /* the head of a relative clause before the reason is its subject */
     {"Bersamaan dengan Rusia yang menghadapi berbagai sanksi karena perangnya di Ukraina, Moskow "
      "dan Teheran meningkatkan kerja sama."},
     {F("Rusia", "attacked", "Ukraina", "asserted")},
     {F("Iran", "attacked", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* a deputy minister is the state's official; the delegation's leader leads no
               * body the delegation comes from */
     {"Menhan menerima Delegasi dari Kementerian Luar Negeri Republik Belarus yang dipimpin oleh "
      "Deputi Menteri Luar Negeri Republik Belarus Andrei Dapkiunas."},
     {F("Andrei Dapkiunas", "officialOf", "Belarus", "asserted")},
     {F("Andrei Dapkiunas", "leaderOf", "Kementerian Luar Negeri Republik Belarus", NULL)},
     {E("Andrei Dapkiunas", "Person")}, {{0}}, 1},
    {"title", /* must not: a body that is the subject, led by the one after "oleh" */
     {"Kementerian Luar Negeri Belarus yang dipimpin oleh Vladimir Makei mengecam sanksi itu."},
     {F("Vladimir Makei", "leaderOf", "Kementerian Luar Negeri Belarus", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* a guest of someone past their titles meets them and visits their state */
     {"Lawatan Raul Castro ke Vatikan dilakukan setelah ia ke Moskow untuk menjadi tamu "
      "Presiden Rusia Vladimir Putin."},
     {F("Raúl Castro", "metWith", "Vladimir Putin", "asserted"), F("Raúl Castro", "visited", "Rusia", "asserted"),
      F("Raúl Castro", "visited", "Vatikan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: guests of no one named */
     {"Presiden Rusia Vladimir Putin menjamu para tamu di Kremlin. Para tamu menikmati makan malam."},
     {{0}}, {F("Vladimir Putin", "metWith", "Vladimir Putin", NULL), F("Vladimir Putin", "visited", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"group", /* an armed group named by its kind and the state it fights for or is backed
               * by is a body; the same kind and state later is the same group */
     {"Pertempuran antara pasukan Ukraina dan separatis pro-Rusia berlanjut. Separatis yang "
      "didukung Rusia menyerang Mariupol. Amerika mendukung pemberontak Suriah."},
     {F("Rusia", "supports", "separatis pro-Rusia", "asserted"),
      F("Amerika Serikat", "supports", "pemberontak Suriah", "asserted")},
     {F("Amerika Serikat", "supports", "Suriah", NULL)},
     {E("separatis pro-Rusia", "Organization"), E("pemberontak Suriah", "Organization")},
     {E("Separatis yang didukung Rusia", NULL)}, 1},
    {"group", /* must not: a group with a name of its own, the kind alone with no group
               * named before, or the kind in another place */
     {"Pemberontak menyerang kota itu. Arab Saudi memerangi pemberontak Houthi di Yaman. "
      "Amerika mendukung pemberontak Suriah. Rusia mendukung pemberontak di Ukraina Timur."},
     {{0}}, {F("Rusia", "supports", "pemberontak Suriah", NULL)},
     {E("Houthi", "Organization")}, {E("pemberontak Houthi", NULL)}, 1},
    {"visit", /* a journey's -nya with no name before it in its sentence: the person the
               * sentence before was about; the list after "ke" is where, not who */
     {"Hillary Clinton tiba di Tokyo. Kunjungannya ke Jepang, Indonesia dan Tiongkok penting."},
     {F("Hillary Clinton", "visited", "Indonesia", "asserted"), F("Hillary Clinton", "visited", "China", "asserted")},
     {F("Indonesia", "visited", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: the sentence before is about someone else, not a person */
     {"Hillary Clinton tiba di Tokyo. Jepang mengecam uji coba rudal itu. Kunjungannya ke "
      "Indonesia penting."},
     {{0}}, {F("Hillary Clinton", "visited", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a state that receives a visit is the one visited */
     {"Indonesia menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim."},
     {F("Anwar Ibrahim", "visited", "Indonesia", "asserted")},
     {F("Anwar Ibrahim", "visited", "Malaysia", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a state that receives aid is visited by no one */
     {"Indonesia menerima bantuan dari Jepang untuk korban gempa."},
     {F("Jepang", "providedAidTo", "Indonesia", "asserted")},
     {F("Jepang", "visited", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* an agreement named by its bare head later, with the same parties, is the
                   * one of a more specific kind described before */
     {"Indonesia dan Singapura menandatangani perjanjian ekstradisi di Bintan. Perjanjian antara "
      "Indonesia dan Singapura tersebut berlaku tahun depan."},
     {F("Indonesia", "partyTo", "perjanjian ekstradisi Indonesia\u2013Singapura", "asserted")},
     {{0}}, {E("perjanjian ekstradisi Indonesia\u2013Singapura", "Agreement")},
     {E("perjanjian Indonesia\u2013Singapura", NULL)}, 1},
    {"agreement", /* must not: two specific ones with the same parties leave the bare one alone */
     {"Indonesia dan Singapura menandatangani perjanjian ekstradisi dan perjanjian pertahanan di "
      "Bintan. Perjanjian antara Indonesia dan Singapura tersebut berlaku tahun depan."},
     {{0}}, {{0}},
     {E("perjanjian ekstradisi Indonesia\u2013Singapura", "Agreement"),
      E("perjanjian pertahanan Indonesia\u2013Singapura", "Agreement"),
      E("perjanjian Indonesia\u2013Singapura", "Agreement")},
     {{0}}, 1},
    {"agreement", /* a ceasefire is an agreement: the states after "antara" are its parties */
     {"Gencatan senjata antara El Salvador dan Honduras dimulai pada 20 Juli 1969."},
     {F("El Salvador", "partyTo", "gencatan senjata El Salvador\u2013Honduras 1969", "asserted"),
      F("Honduras", "partyTo", "gencatan senjata El Salvador\u2013Honduras 1969", "asserted")},
     {{0}}, {E("gencatan senjata El Salvador\u2013Honduras 1969", "Agreement")}, {{0}}, 1},
    {"agreement", /* must not: a war "tanpa deklarasi" declares nothing between its sides */
     {"Perang itu adalah perang tanpa deklarasi antara Argentina dan Britania Raya."},
     {{0}}, {F("Argentina", "partyTo", "deklarasi Argentina\u2013Inggris", NULL)}, {{0}},
     {E("deklarasi Argentina\u2013Inggris", NULL)}, 1},
    {"agreement", /* a year closes a treaty's name; "kedua negara" is the two states of its sentence */
     {"Amerika Serikat dan Jepang menggelar latihan bersama. Argentina menjalin hubungan erat "
      "dengan Chile yang dibangun lewat Perjanjian Perdamaian 1984 antara kedua negara."},
     {F("Argentina", "partyTo", "Perjanjian Perdamaian 1984", "asserted"),
      F("Chile", "partyTo", "Perjanjian Perdamaian 1984", "asserted")},
     {F("Amerika Serikat", "partyTo", "Perjanjian Perdamaian 1984", NULL),
      F("Jepang", "partyTo", "Perjanjian Perdamaian 1984", NULL)},
     {E("Perjanjian Perdamaian 1984", "Agreement")},
     {E("Perjanjian Perdamaian", NULL)},
     1},
    {"relations", /* adopting a package of sanctions; a passive with its agent right after the verb */
     {"Uni Eropa mengesahkan paket sanksi baru terhadap Belarus. Sanksi serupa sudah dijatuhkan "
      "Kanada terhadap Menteri Pertahanan Iran Aziz Nasirzadeh."},
     {F("Uni Eropa", "sanctioned", "Belarus", "asserted"),
      F("Kanada", "sanctioned", "Iran", "asserted"),
      F("Aziz Nasirzadeh", "officialOf", "Iran", "asserted")},
     {{0}},
     {E("Aziz Nasirzadeh", "Person")},
     {{0}},
     0},
    {"role", /* a bare family name shared by two: the one named far more often is meant */
     {"Perdana Menteri Selandia Baru Thomas Whitfield mengunjungi Kanada. Whitfield tiba di Ottawa "
      "pada Senin. Menteri Keuangan Selandia Baru Anna Whitfield ikut dalam kunjungan itu. Whitfield "
      "kemudian mengecam Rusia."},
     {F("Thomas Whitfield", "criticized", "Rusia", "asserted")},
     {F("Anna Whitfield", "criticized", "Rusia", NULL)},
     {E("Thomas Whitfield", "Person"), E("Anna Whitfield", "Person")},
     {E("Whitfield", NULL)},
     1},
    {"govbody", /* a body named after a person is no mention of that person */
     {"Rektor Universitas Kim Il Sung menandatangani nota kesepahaman dengan Universitas Negeri Moskow."},
     {{0}},
     {{0}},
     {E("Universitas Kim Il Sung", "Organization")},
     {E("Kim Il Sung", NULL)},
     1},
    {"places", /* a sea, bay or building is a place of its own, even before a known name */
     {"Kapal perang Jepang dan Filipina berlatih di Teluk Manila dan Laut Jawa. Menteri Luar Negeri "
      "China Wang Yi menerima Menteri Luar Negeri Korea Utara Choe Son Hui di Wisma Negara Diaoyutai."},
     {{0}},
     {{0}},
     {E("Teluk Manila", "Place"), E("Laut Jawa", "Place"), E("Wisma Negara Diaoyutai", "Place")},
     {E("Manila", NULL), E("Jawa", NULL), E("Wisma", NULL)},
     1},
    {"places", /* a city joined to a located one, after "asal", after an airport's noun and
                * its modifier, past "timur laut": places (a capital there is no state) */
     {"Tiongkok memiliki konsulat di Surabaya dan Medan. Jurnalis asal Padang, Abdoel Madjid "
      "Usman, belajar di sana. Bandara itu terletak di timur laut Riyadh. Mereka berpelukan di "
      "bandara internasional Asmara."},
     {{0}}, {{0}},
     {E("Medan", "Place"), E("Padang", "Place"), E("Riyadh", "Place"), E("Asmara", "Place"),
      E("Abdoel Madjid Usman", "Person")},
     {E("Abdoel Madjid Usman", "Place")},
     1},
    {"places", /* must not: states joined by "dan" stay states; a capital acting stands for
                * its state */
     {"Indonesia dan Malaysia bertemu di Jakarta. Riyadh mengecam serangan itu."},
     {F("Indonesia", "metWith", "Malaysia", "asserted")},
     {{0}},
     {E("Jakarta", "Place"), E("Arab Saudi", "State")},
     {E("Malaysia", "Place"), E("Riyadh", "Place")},
     1},
    {"places", /* "Pangkalan", "Monumen", "Istana" head a place's name, even before a state's
                * or an event's word */
     {"Obama tiba di Pangkalan Militer Andrews. Ia mengunjungi Monumen Perang Australia dan "
      "Istana Nurul Iman."},
     {{0}},
     {{0}},
     {E("Pangkalan Militer Andrews", "Place"), E("Monumen Perang Australia", "Place"),
      E("Istana Nurul Iman", "Place")},
     {E("Perang Australia", NULL)},
     1},
    {"places", /* must not: the head alone, or before lower-case words, names no place */
     {"Pangkalan itu ditutup. Monumen perang dibangun di Canberra."},
     {{0}},
     {{0}},
     {E("Canberra", "Place")},
     {E("Pangkalan", NULL), E("Monumen", NULL)},
     1},
    {"visit", /* a bare root as the verb ("terbang ke"); a city spelled the Indonesian way */
     {"Presiden Korea Selatan Lee Jae-myung dijadwalkan terbang ke Washington pekan depan. Ia "
      "mengingat kunjungan Presiden Indonesia Prabowo Subianto ke Sankt Peterburg pada Juni."},
     {F("Lee Jae-myung", "leaderOf", "Korea Selatan", "asserted"),
      F("Lee Jae-myung", "visited", "Amerika Serikat", "planned"),
      F("Prabowo Subianto", "leaderOf", "Indonesia", "asserted"),
      F("Prabowo Subianto", "visited", "Rusia", "asserted")},
     {{0}},
     {E("Sankt Petersburg", "Place")},
     {E("Sankt Peterburg", NULL)},
     0},
    {"visit", /* a state named right after the verb of meeting is where they met */
     {"Wakil Presiden AS Mike Pence bertemu di Kolombia dengan pemimpin oposisi Juan Guaido."},
     {F("Mike Pence", "officialOf", "Amerika Serikat", "asserted"),
      F("Mike Pence", "metWith", "Juan Guaido", "asserted"),
      F("Mike Pence", "visited", "Kolombia", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"visit", /* must not: a state at the end of what they discuss is no meeting place */
     {"Presiden Barack Obama dan PM David Cameron akan bertemu untuk membicarakan tindakan "
      "Rusia di Ukraina."},
     {{0}},
     {F("Barack Obama", "visited", "Ukraina", NULL), F("David Cameron", "visited", "Ukraina", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* "pergi ke": going to a state is a visit; "akan" plans it */
     {"Presiden Filipina Rodrigo Duterte akan pergi ke Rusia bulan depan."},
     {F("Rodrigo Duterte", "leaderOf", "Filipina", "asserted"),
      F("Rodrigo Duterte", "visited", "Rusia", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: going away from a state, or to no place */
     {"Presiden Filipina Rodrigo Duterte pergi dari Rusia. Ia pergi ke pasar."},
     {{0}},
     {F("Rodrigo Duterte", "visited", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* a visitor named in apposition after the title and its comma */
     {"Juru bicara itu menjelaskan kunjungan Menteri Luar Negeri Kamboja, Prak Sokhonn, ke "
      "Jakarta pada 1 Februari."},
     {F("Prak Sokhonn", "officialOf", "Kamboja", "asserted"),
      F("Prak Sokhonn", "visited", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a comma after a name that holds no title ends the noun's reach */
     {"Ia mengenang kunjungan Ali Sastroamidjojo, Mohammad Hatta, ke Jakarta."},
     {{0}},
     {F("Ali Sastroamidjojo", "visited", "Indonesia", NULL),
      F("Mohammad Hatta", "visited", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* a title line read as a headline: bare verbs, the name before each is its
                * subject; an accusation's claim is alleged */
     {"Ukraina Tuding Korut Pasok Rudal ke Rusia\n\nBerita itu dimuat pada Senin."},
     {F("Ukraina", "accused", "Korea Utara", "asserted"),
      F("Korea Utara", "suppliedArmsTo", "Rusia", "alleged")},
     {F("Ukraina", "suppliedArmsTo", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* a source and a colon open the headline: what follows is its claim */
     {"NIS: Korea Utara Kirim Pasukan ke Rusia\n\nBerita itu dimuat pada Senin."},
     {FC("Korea Utara", "deployedTroopsTo", "Rusia", "alleged",
         "Badan Intelijen Nasional Korea Selatan")},
     {F("Korea Utara", "deployedTroopsTo", "Rusia", "asserted")},
     {{0}}, {{0}}, 1},
    {"status", /* must not: a name inside a common noun's phrase is no headline's subject;
                * a heading that is not the title line states nothing */
     {"Senjata Nuklir Rusia Tiba di Belarus\n\nPemberontak Yaman Kecam AS\n\nBerita itu "
      "dimuat pada Senin.\n\nRusia Kecam Belarus\n\nItu saja."},
     {{0}},
     {F("Rusia", "visited", "Belarus", NULL), F("Yaman", "criticized", "Amerika Serikat", NULL),
      F("Rusia", "criticized", "Belarus", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* calling for a dialogue: a planned meeting of the states */
     {"Presiden Korea Selatan Lee Jae-myung menyerukan dimulainya kembali dialog dengan Korea Utara."},
     {F("Lee Jae-myung", "leaderOf", "Korea Selatan", "asserted"),
      F("Korea Selatan", "metWith", "Korea Utara", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"role", /* a rank between the post and the name; a handout credit in capitals is no name */
     {"Pemimpin junta Myanmar Jenderal Senior Than Shwe Aung mengecam Thailand.\n\n"
      "Pemimpin junta Myanmar tiba di Bangkok. (ANTARA/Reuters/HO)"},
     {F("Than Shwe Aung", "leaderOf", "Myanmar", "asserted"),
      F("Than Shwe Aung", "criticized", "Thailand", "asserted")},
     {{0}},
     {E("Than Shwe Aung", "Person")},
     {E("Jenderal Senior", NULL), E("Senior Than Shwe Aung", NULL), E("Ho Chi Minh", NULL)},
     1},
    {"coordination", /* "mereka" after a sentence whose subject was plural means that subject */
     {"Presiden Kenya William Ruto dan Presiden Tanzania Samia Suluhu Hassan tiba di Kampala. "
      "Presiden Uganda Yoweri Museveni menyambut kedatangan itu. Kedua pemimpin itu terbang ke "
      "Kigali. Mereka bertemu secara tertutup."},
     {F("William Ruto", "metWith", "Samia Suluhu Hassan", "asserted")},
     {F("Yoweri Museveni", "metWith", "William Ruto", NULL)},
     {{0}},
     {{0}},
     1},
    {"govbody", /* after a title, an office named by another post is a body, not the post held */
     {"Penasihat Kantor Presiden Ukraina Mykhailo Podolyak mengecam Belarus."},
     {F("Mykhailo Podolyak", "officialOf", "Kantor Presiden Ukraina", "asserted"),
      F("Mykhailo Podolyak", "officialOf", "Ukraina", "asserted"),
      F("Mykhailo Podolyak", "criticized", "Belarus", "asserted")},
     {F("Mykhailo Podolyak", "leaderOf", "Ukraina", NULL)},
     {E("Kantor Presiden Ukraina", "Organization")},
     {{0}},
     0},
    {"places", /* "Kota (AGENCY) -" is a dateline: neither the city nor the agency acts */
     {"Wina (ANTARA) - Presiden Serbia Aleksandar Vucic mengatakan negaranya telah menerima "
      "rudal dari China."},
     {F("Aleksandar Vučić", "leaderOf", "Serbia", "asserted"),
      F("China", "suppliedArmsTo", "Serbia", "asserted")},
     {F("China", "suppliedArmsTo", "Austria", NULL), F("China", "suppliedArmsTo", "Indonesia", NULL)},
     {{0}},
     {{0}},
     1},
    {"alliance", /* an agent noun in apposition ("pendukung utama Y") vs the action noun ("dukungan Y") */
     {"Qatar, pendukung utama Hamas, mengecam Israel. Israel bertahan dengan dukungan Amerika Serikat."},
     {F("Qatar", "supports", "Hamas", "asserted"),
      F("Qatar", "criticized", "Israel", "asserted"),
      F("Amerika Serikat", "supports", "Israel", "asserted")},
     {F("Hamas", "supports", "Qatar", NULL)},
     {{0}},
     {{0}},
     1},
    {"nominal", /* a meeting noun with two titled names ("Perdana Menteri" is no verb) */
     {"Pertemuan Perdana Menteri Jepang Shigeru Ishiba dan Presiden Filipina Ferdinand Marcos Jr "
      "berlangsung di Manila."},
     {F("Shigeru Ishiba", "leaderOf", "Jepang", "asserted"),
      F("Ferdinand Marcos Jr.", "leaderOf", "Filipina", "asserted"),
      F("Shigeru Ishiba", "metWith", "Ferdinand Marcos Jr.", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"relations", /* "buatan X": the maker sells to the buyer; goods made elsewhere do not change the sender */
     {"Filipina sepakat membeli dua belas jet tempur buatan Swedia. Belarus mengirim drone buatan "
      "Iran ke Rusia."},
     {F("Swedia", "suppliedArmsTo", "Filipina", "planned"),
      F("Belarus", "suppliedArmsTo", "Rusia", "asserted")},
     {F("Iran", "suppliedArmsTo", "Belarus", NULL), F("Swedia", "suppliedArmsTo", "Filipina", "asserted")},
     {{0}},
     {{0}},
     1},
    {"role", /* a person not in the lexicon: the name pattern */
     {"Perdana Menteri Selandia Baru Thomas Whitfield mengunjungi Kanada pada Juni 2023."},
     {FD("Thomas Whitfield", "leaderOf", "Selandia Baru", "asserted", "2023-06"),
      FD("Thomas Whitfield", "visited", "Kanada", "asserted", "2023-06")},
     {{0}},
     {E("Thomas Whitfield", "Person"), E("Selandia Baru", "State")},
     {{0}},
     0},
    {"role",
     {"Menteri Luar Negeri Jepang Yoko Kamikawa bertemu dengan Menteri Luar Negeri Brasil "
      "Carlos Almeida pada Kamis."},
     {F("Yoko Kamikawa", "officialOf", "Jepang", "asserted"),
      F("Carlos Almeida", "officialOf", "Brasil", "asserted"),
      FD("Yoko Kamikawa", "metWith", "Carlos Almeida", "asserted", "-")},
     {{0}},
     {E("Yoko Kamikawa", "Person"), E("Carlos Almeida", "Person")},
     {{0}},
     0},
    {"role", /* menjamu ... di: the guest visited the host's state */
     {"Raja Yordania Abdullah II menjamu Presiden Mesir Abdel Fattah el-Sisi di Amman."},
     {F("Abdullah II", "leaderOf", "Yordania", "asserted"),
      F("Abdel Fattah el-Sisi", "leaderOf", "Mesir", "asserted"),
      F("Abdullah II", "metWith", "Abdel Fattah el-Sisi", "asserted"),
      F("Abdel Fattah el-Sisi", "visited", "Yordania", "asserted")},
     {F("Abdullah II", "visited", "Yordania", NULL)},
     {E("Amman", "Place")},
     {{0}},
     0},
    {"role",
     {"Presiden Argentina Javier Milei mengucapkan selamat kepada Presiden Uruguay Yamandu "
      "Orsi."},
     {F("Javier Milei", "leaderOf", "Argentina", "asserted"),
      F("Yamandu Orsi", "leaderOf", "Uruguay", "asserted"),
      F("Javier Milei", "congratulated", "Yamandu Orsi", "asserted")},
     {{0}},
     {E("Yamandu Orsi", "Person")},
     {{0}},
     0},
    {"role",
     {"Kanselir Austria Markus Hofbauer mengecam Hongaria pada 2021."},
     {FD("Markus Hofbauer", "leaderOf", "Austria", "asserted", "2021"),
      FD("Markus Hofbauer", "criticized", "Hongaria", "asserted", "2021")},
     {{0}},
     {E("Markus Hofbauer", "Person")},
     {{0}},
     0},

    {"role", /* a base-form verb ("tiba") after a title phrase */
     {"Presiden Prancis Emmanuel Macron tiba di Jakarta pada Senin."},
     {F("Emmanuel Macron", "leaderOf", "Prancis", "asserted"),
      F("Emmanuel Macron", "visited", "Indonesia", "asserted")},
     {{0}},
     {E("Jakarta", "Place")},
     {{0}},
     0},
    {"role", /* "akan" between a titled subject and its verb */
     {"Perdana Menteri India Narendra Modi akan mengunjungi Mesir bulan depan."},
     {F("Narendra Modi", "leaderOf", "India", "asserted"),
      F("Narendra Modi", "visited", "Mesir", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"role", /* "bertemu" with a direct object (no "dengan") */
     {"Kanselir Jerman Olaf Scholz bertemu Perdana Menteri Italia Giorgia Meloni di Roma."},
     {F("Olaf Scholz", "leaderOf", "Jerman", "asserted"),
      F("Giorgia Meloni", "leaderOf", "Italia", "asserted"),
      F("Olaf Scholz", "metWith", "Giorgia Meloni", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"role", /* one name after a title, the lexicon's: "RI" is Indonesia */
     {"Menteri Luar Negeri RI Sugiono bertemu dengan Menteri Luar Negeri Thailand Maris "
      "Sangiampongsa di Bangkok."},
     {F("Sugiono", "officialOf", "Indonesia", "asserted"),
      F("Maris Sangiampongsa", "officialOf", "Thailand", "asserted"),
      F("Sugiono", "metWith", "Maris Sangiampongsa", "asserted")},
     {{0}},
     {E("Sugiono", "Person"), E("Indonesia", "State"), E("Thailand", "State")},
     {E("RI", NULL)},
     1},
    {"role", /* one name after a title, not in the lexicon; taken up again bare */
     {"Menteri Perdagangan Indonesia Sumarno mengunjungi Vietnam pada Maret 2024. Sumarno "
      "kemudian mengecam Kamboja."},
     {F("Sumarno", "officialOf", "Indonesia", "asserted"),
      FD("Sumarno", "visited", "Vietnam", "asserted", "2024-03"),
      F("Sumarno", "criticized", "Kamboja", "asserted")},
     {{0}},
     {E("Sumarno", "Person")},
     {{0}},
     0},

    /* ---- apposition ---- */
    {"apposition",
     {"Budi Santoso, seorang analis di Lembaga Ilmu Pengetahuan Indonesia, mengatakan bahwa "
      "hubungan kedua negara membaik."},
     {F("Budi Santoso", "affiliatedWith", "Lembaga Ilmu Pengetahuan Indonesia", "asserted")},
     {{0}},
     {E("Budi Santoso", "Person"), E("Lembaga Ilmu Pengetahuan Indonesia", "Organization")},
     {{0}},
     0},
    {"apposition",
     {"Daniel Hartono, Menteri Pertahanan Australia, mengunjungi Papua Nugini pada Maret 2022."},
     {F("Daniel Hartono", "officialOf", "Australia", "asserted"),
      FD("Daniel Hartono", "visited", "Papua Nugini", "asserted", "2022-03")},
     {{0}},
     {E("Daniel Hartono", "Person")},
     {{0}},
     0},
    {"apposition",
     {"Sophie Lambert, profesor di Universitas Sorbonne, menilai kebijakan itu keliru."},
     {F("Sophie Lambert", "affiliatedWith", "Universitas Sorbonne", "asserted")},
     {{0}},
     {E("Universitas Sorbonne", "Organization")},
     {{0}},
     0},
    {"apposition",
     {"Pedro Alvarez, Duta Besar Meksiko, bertemu dengan Presiden Kolombia Gustavo Petro."},
     {F("Pedro Alvarez", "officialOf", "Meksiko", "asserted"),
      F("Gustavo Petro", "leaderOf", "Kolombia", "asserted"),
      F("Pedro Alvarez", "metWith", "Gustavo Petro", "asserted")},
     {{0}},
     {E("Pedro Alvarez", "Person")},
     {{0}},
     0},
    {"apposition",
     {"Hiroshi Tanabe, Wakil Menteri Luar Negeri Jepang, mengunjungi Filipina."},
     {F("Hiroshi Tanabe", "officialOf", "Jepang", "asserted"),
      F("Hiroshi Tanabe", "visited", "Filipina", "asserted")},
     {{0}},
     {E("Hiroshi Tanabe", "Person")},
     {{0}},
     0},

    /* ---- short names ---- */
    {"shortname",
     {"Presiden Chile Rodrigo Fuentes mengunjungi Peru pada Mei 2023. Fuentes kemudian bertemu "
      "dengan Presiden Peru Dina Boluarte."},
     {F("Rodrigo Fuentes", "leaderOf", "Chile", "asserted"),
      FD("Rodrigo Fuentes", "visited", "Peru", "asserted", "2023-05"),
      F("Dina Boluarte", "leaderOf", "Peru", "asserted"),
      FD("Rodrigo Fuentes", "metWith", "Dina Boluarte", "asserted", "-")},
     {{0}},
     {E("Rodrigo Fuentes", "Person")},
     {E("Fuentes", NULL)},
     0},
    {"shortname",
     {"Menteri Luar Negeri Norwegia Ingrid Halvorsen mengunjungi Mesir. Halvorsen mengecam "
      "Israel."},
     {F("Ingrid Halvorsen", "officialOf", "Norwegia", "asserted"),
      F("Ingrid Halvorsen", "visited", "Mesir", "asserted"),
      F("Ingrid Halvorsen", "criticized", "Israel", "asserted")},
     {{0}},
     {E("Ingrid Halvorsen", "Person")},
     {E("Halvorsen", NULL)},
     0},
    {"shortname", /* across documents */
     {"Kanselir Austria Markus Hofbauer mengunjungi Hongaria.", "Hofbauer mengecam Rusia."},
     {F("Markus Hofbauer", "leaderOf", "Austria", "asserted"),
      F("Markus Hofbauer", "visited", "Hongaria", "asserted"),
      F("Markus Hofbauer", "criticized", "Rusia", "asserted")},
     {{0}},
     {E("Markus Hofbauer", "Person")},
     {E("Hofbauer", NULL)},
     0},
    {"shortname", /* two Noboas: the bare name is left alone */
     {"Presiden Ekuador Daniel Noboa bertemu dengan Menteri Luar Negeri Ekuador Gabriela Noboa. "
      "Noboa kemudian mengecam Venezuela."},
     {F("Daniel Noboa", "leaderOf", "Ekuador", "asserted"),
      F("Gabriela Noboa", "officialOf", "Ekuador", "asserted"),
      F("Daniel Noboa", "metWith", "Gabriela Noboa", "asserted")},
     {F("Daniel Noboa", "criticized", "Venezuela", NULL),
      F("Gabriela Noboa", "criticized", "Venezuela", NULL)},
     {E("Daniel Noboa", "Person"), E("Gabriela Noboa", "Person")},
     {E("Noboa", NULL)},
     0},
    {"shortname", /* an unknown bare name is no entity */
     {"Tanaka mengecam Korea Utara."},
     {{0}},
     {{0}},
     {E("Korea Utara", "State")},
     {E("Tanaka", NULL)},
     0},
    {"shortname", /* a bare name the lexicon knows */
     {"Erdogan mengecam Israel."},
     {F("Recep Tayyip Erdogan", "criticized", "Israel", "asserted")},
     {{0}},
     {E("Recep Tayyip Erdogan", "Person")},
     {E("Erdogan", NULL)},
     0},

    {"shortname", /* a family name several people in the lexicon share */
     {"Lee mengunjungi Jepang pada Oktober."},
     {{0}},
     {{0}},
     {E("Jepang", "State")},
     {E("Lee", NULL)},
     0},
    {"shortname", /* the same, after someone with another family name was met */
     {"Presiden Kenya William Ruto mengunjungi Jepang. Kim mengecam Jepang."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("William Ruto", "visited", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {E("Kim", NULL)},
     0},

    /* ---- passive with oleh ---- */
    {"passive",
     {"Perjanjian Ottawa ditandatangani oleh Kanada pada 1997."},
     {FD("Kanada", "partyTo", "Perjanjian Ottawa", "asserted", "1997")},
     {{0}},
     {E("Perjanjian Ottawa", "Agreement")},
     {{0}},
     0},
    {"passive",
     {"Perjanjian Damai Camp David ditandatangani oleh Mesir dan Israel pada 1978."},
     {FD("Mesir", "partyTo", "Perjanjian Damai Camp David", "asserted", "1978"),
      FD("Israel", "partyTo", "Perjanjian Damai Camp David", "asserted", "1978")},
     {{0}},
     {E("Perjanjian Damai Camp David", "Agreement")},
     {{0}},
     0},
    {"passive",
     {"Traktat Non-Proliferasi Nuklir dilanggar oleh Iran."},
     {F("Iran", "violated", "Traktat Nonproliferasi Nuklir", "asserted")},
     {{0}},
     {E("Traktat Nonproliferasi Nuklir", "Agreement")},
     {{0}},
     0},
    {"passive",
     {"Piagam PBB dilanggar oleh Rusia."},
     {F("Rusia", "violated", "Piagam PBB", "asserted")},
     {{0}},
     {E("Piagam PBB", "Agreement")},
     {{0}},
     0},

    {"passive", /* Kyiv stands for Ukraina; diserang has no active cue of its own */
     {"Kyiv diserang oleh Rusia pada Februari 2022."},
     {FD("Rusia", "attacked", "Ukraina", "asserted", "2022-02")},
     {{0}},
     {{0}},
     {E("Kyiv", NULL)},
     0},
    {"passive",
     {"Armenia dikecam oleh Azerbaijan."},
     {F("Azerbaijan", "criticized", "Armenia", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"passive",
     {"Taiwan didukung oleh Amerika Serikat."},
     {F("Amerika Serikat", "supports", "Taiwan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"passive",
     {"Korea Utara dijatuhi sanksi oleh Dewan Keamanan PBB."},
     {F("Dewan Keamanan PBB", "sanctioned", "Korea Utara", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"passive",
     {"Suriah dibom oleh Israel pada Mei 2023."},
     {FD("Israel", "attacked", "Suriah", "asserted", "2023-05")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"passive", /* an agent after "oleh" introduced by its title: the signer and their state */
     {"Perjanjian Andaman ditandatangani oleh Perdana Menteri India Narendra Modi pada Maret "
      "2023."},
     {F("Narendra Modi", "leaderOf", "India", "asserted"),
      FD("India", "partyTo", "Perjanjian Andaman", "asserted", "2023-03"),
      FD("Narendra Modi", "partyTo", "Perjanjian Andaman", "asserted", "2023-03")},
     {{0}},
     {E("Perjanjian Andaman", "Agreement"), E("Narendra Modi", "Person")},
     {{0}},
     0},
    {"passive", /* the same with a minister */
     {"Traktat Selat Malaka ditandatangani oleh Menteri Luar Negeri Singapura Vivian "
      "Balakrishnan."},
     {F("Vivian Balakrishnan", "officialOf", "Singapura", "asserted"),
      F("Singapura", "partyTo", "Traktat Selat Malaka", "asserted"),
      F("Vivian Balakrishnan", "partyTo", "Traktat Selat Malaka", "asserted")},
     {{0}},
     {E("Traktat Selat Malaka", "Agreement")},
     {{0}},
     0},
    {"passive", /* "yang ditandatangani X dan Y": the agents right after the verb */
     {"Perjanjian Lombok yang ditandatangani Indonesia dan Australia pada 2006 mengatur "
      "kerja sama keamanan."},
     {FD("Indonesia", "partyTo", "Perjanjian Lombok", "asserted", "2006"),
      FD("Australia", "partyTo", "Perjanjian Lombok", "asserted", "2006")},
     {{0}},
     {E("Perjanjian Lombok", "Agreement")},
     {{0}},
     1},
    {"passive",
     {"Konvensi Laut Sulu yang ditandatangani Malaysia dan Filipina mulai berlaku tahun ini."},
     {F("Malaysia", "partyTo", "Konvensi Laut Sulu", "asserted"),
      F("Filipina", "partyTo", "Konvensi Laut Sulu", "asserted")},
     {{0}},
     {E("Konvensi Laut Sulu", "Agreement")},
     {{0}},
     0},

    /* ---- nominalizations ---- */
    {"nominal",
     {"Invasi Irak ke Kuwait pada 1990 memicu Perang Teluk."},
     {FD("Irak", "attacked", "Kuwait", "asserted", "1990")},
     {{0}},
     {E("Perang Teluk", "Event")},
     {{0}},
     0},
    {"nominal",
     {"Dukungan Iran kepada Suriah terus meningkat."},
     {F("Iran", "supports", "Suriah", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"nominal",
     {"Ekspor gas Qatar ke Jepang naik tajam tahun lalu."},
     {F("Qatar", "exportsTo", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"nominal",
     {"Qatar melanjutkan ekspor gas ke Jepang."},
     {F("Qatar", "exportsTo", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"nominal",
     {"Serangan Israel terhadap Lebanon menewaskan puluhan orang."},
     {F("Israel", "attacked", "Lebanon", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"nominal",
     {"Pengiriman senjata Jerman ke Ukraina dimulai pada 2022."},
     {FD("Jerman", "suppliedArmsTo", "Ukraina", "asserted", "2022")},
     {{0}},
     {{0}},
     {{0}},
     0},

    {"nominal", /* a title phrase between the noun and "ke" */
     {"Kunjungan Presiden Brasil Lula da Silva ke China berlangsung tiga hari."},
     {F("Luiz Inácio Lula da Silva", "leaderOf", "Brasil", "asserted"),
      F("Luiz Inácio Lula da Silva", "visited", "China", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},

    /* ---- coordination ---- */
    {"coordination",
     {"India dan Pakistan menandatangani Perjanjian Simla pada 1972."},
     {FD("India", "partyTo", "Perjanjian Simla", "asserted", "1972"),
      FD("Pakistan", "partyTo", "Perjanjian Simla", "asserted", "1972")},
     {{0}},
     {E("Perjanjian Simla", "Agreement")},
     {{0}},
     0},
    {"coordination",
     {"Baik Vietnam maupun Filipina mengecam China."},
     {F("Vietnam", "criticized", "China", "asserted"),
      F("Filipina", "criticized", "China", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination",
     {"Jerman, Prancis, dan Italia mendukung Ukraina."},
     {F("Jerman", "supports", "Ukraina", "asserted"), F("Prancis", "supports", "Ukraina", "asserted"),
      F("Italia", "supports", "Ukraina", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination",
     {"Amerika Serikat dan Inggris menjatuhkan sanksi terhadap Iran."},
     {F("Amerika Serikat", "sanctioned", "Iran", "asserted"),
      F("Inggris", "sanctioned", "Iran", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination",
     {"Kanada mengecam Rusia dan Belarus."},
     {F("Kanada", "criticized", "Rusia", "asserted"), F("Kanada", "criticized", "Belarus", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination", /* a coordinated subject of a symmetric verb */
     {"Mesir dan Yordania bertemu di Kairo."},
     {F("Mesir", "metWith", "Yordania", "asserted")},
     {{0}},
     {E("Kairo", "Place")},
     {{0}},
     0},

    {"coordination", /* "Menurut X, Y ...": X says it, X and Y are not coordinated */
     {"Perdana Menteri Belgia Jan Peeters berbicara kepada wartawan. Menurut Peeters, Belgia "
      "mendukung Ukraina."},
     {F("Jan Peeters", "leaderOf", "Belgia", "asserted"),
      F("Belgia", "supports", "Ukraina", "asserted")},
     {F("Jan Peeters", "supports", "Ukraina", NULL)},
     {{0}},
     {{0}},
     0},

    {"coordination", /* two signers: partyTo for them and their states (spec: State/Person) */
     {"Presiden Rusia Vladimir Putin bertemu dengan Pemimpin Korea Utara Kim Jong Un di "
      "Moskow. Putin dan Kim menandatangani Perjanjian Amur pada Juni 2024."},
     {F("Vladimir Putin", "leaderOf", "Rusia", "asserted"),
      F("Kim Jong Un", "leaderOf", "Korea Utara", "asserted"),
      F("Vladimir Putin", "metWith", "Kim Jong Un", "asserted"),
      /* met in the host's capital: the guest visited */
      F("Kim Jong Un", "visited", "Rusia", "asserted"),
      FD("Rusia", "partyTo", "Perjanjian Amur", "asserted", "2024-06"),
      FD("Korea Utara", "partyTo", "Perjanjian Amur", "asserted", "2024-06"),
      FD("Vladimir Putin", "partyTo", "Perjanjian Amur", "asserted", "2024-06"),
      FD("Kim Jong Un", "partyTo", "Perjanjian Amur", "asserted", "2024-06")},
     {{0}},
     {E("Perjanjian Amur", "Agreement"), E("Moskow", "Place")},
     {E("Kim", NULL), E("Putin", NULL)},
     0},
    {"coordination", /* bare names the lexicon knows */
     {"Erdogan dan Aliyev menandatangani Deklarasi Shusha pada Juni 2021."},
     {FD("Turki", "partyTo", "Deklarasi Shusha", "asserted", "2021-06"),
      FD("Azerbaijan", "partyTo", "Deklarasi Shusha", "asserted", "2021-06"),
      FD("Recep Tayyip Erdogan", "partyTo", "Deklarasi Shusha", "asserted", "2021-06"),
      FD("Ilham Aliyev", "partyTo", "Deklarasi Shusha", "asserted", "2021-06")},
     {{0}},
     {E("Recep Tayyip Erdogan", "Person"), E("Ilham Aliyev", "Person"),
      E("Deklarasi Shusha", "Agreement")},
     {{0}},
     0},

    /* ---- objects and subjects past lists, purposes and agents ---- */
    {"relations", /* a list of plain words inside the object, then the cue's preposition */
     {"Kanada memberikan bantuan ekonomi, militer dan teknis kepada Peru."},
     {F("Kanada", "providedAidTo", "Peru", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"relations", /* must not: a comma before a new clause ends the object */
     {"Kanada memberikan bantuan ekonomi, Peru dan Chile menerima dana dari Jepang."},
     {{0}},
     {F("Kanada", "providedAidTo", "Peru", NULL), F("Kanada", "providedAidTo", "Chile", NULL)},
     {{0}}, {{0}}, 1},
    {"nominal", /* a supplier of arms is one who supplies arms; a supplier alone exports */
     {"Brasil adalah pemasok senjata terbesar Angola. Chile, pemasok terbesar Bolivia, "
      "mengecam Peru."},
     {F("Brasil", "suppliedArmsTo", "Angola", "asserted"),
      F("Chile", "exportsTo", "Bolivia", "asserted"), F("Chile", "criticized", "Peru", "asserted")},
     {F("Chile", "suppliedArmsTo", "Bolivia", NULL)}, {{0}}, {{0}}, 0},
    {"relations", /* after a verb of saying and when it was said, a clause of time is the
                   * speaker's own act */
     {"Menteri Luar Negeri Korea Selatan Yun Byung-se mengatakan hari Senin (28/12), setelah "
      "berbicara dengan Menteri Luar Negeri Jepang Fumio Kishida, persetujuan itu sudah rampung."},
     {F("Yun Byung-se", "metWith", "Fumio Kishida", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: what is said after the verb of saying is not the speaker's act */
     {"Menteri Luar Negeri Korea Selatan Yun Byung-se mengatakan Jepang bertemu dengan Fumio "
      "Kishida."},
     {{0}}, {F("Yun Byung-se", "metWith", "Fumio Kishida", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a buyer after "oleh" past the seller after "dari" (a capital there is
                   * its state); "mengakuisisi" arms buys them; a fronted "Dari X" is where
                   * from, not who visits */
     {"Pembelian sistem pertahanan rudal S-400 dari Moskow yang dilakukan oleh Turki melanggar "
      "undang-undang itu. Indonesia mengakuisisi kapal selam dari Prancis. Presiden George W. Bush "
      "berada di Kuwait. Dari Kuwait Bush akan melanjutkan kunjungan ke Bahrain."},
     {F("Rusia", "suppliedArmsTo", "Turki", "asserted"),
      F("Prancis", "suppliedArmsTo", "Indonesia", "asserted"),
      F("George W. Bush", "visited", "Bahrain", "planned")},
     {F("Kuwait", "visited", "Bahrain", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a purchase with no seller named, a company acquired, is no
                   * arms deal */
     {"Pembelian sistem pertahanan rudal itu oleh Turki ditunda. Indonesia mengakuisisi "
      "perusahaan minyak dari Prancis."},
     {{0}}, {F("Prancis", "suppliedArmsTo", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* who urges the end of a regime of sanctions opposes it (an embargo's
                   * age does not hide its target); a host met the guest; states listed
                   * after a bloc's name with "yaitu" are its members */
     {"Presiden Prancis Francois Hollande mendesak Amerika agar mengakhiri embargo perdagangan 50 "
      "tahunnya terhadap Kuba. Presiden Jacob Zuma menjadi tuan rumah Presiden China Xi Jinping. "
      "Kedua negara anggota blok ekonomi yang dikenal sebagai BRICS, yaitu Brazil, Rusia, India, "
      "China dan Afrika Selatan."},
     {F("François Hollande", "opposes", "embargo terhadap Kuba", "asserted"),
      F("Jacob Zuma", "metWith", "Xi Jinping", "asserted"),
      F("Brasil", "memberOf", "BRICS", "asserted"), F("Afrika Selatan", "memberOf", "BRICS", "asserted")},
     {F("Amerika Serikat", "opposes", "embargo terhadap Kuba", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: urging anything but an end is no opposition; a host of an event
                   * meets no one; the body named again after "yaitu" has no members */
     {"Prancis mendesak Amerika agar memperkuat embargo terhadap Kuba. Indonesia menjadi tuan "
      "rumah KTT ASEAN. Organisasi regional itu, yaitu ASEAN, bertemu di Jakarta."},
     {{0}},
     {F("Prancis", "opposes", "embargo terhadap Kuba", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* a democracy leader is the opposition's: met, but holding no post of the
               * state, even when met by a visitor there */
     {"Menteri Luar Negeri Amerika Hillary Clinton tiba di Myanmar. Ia bertemu dengan pemimpin "
      "demokrasi Burma Aung San Suu Kyi di Rangoon."},
     {F("Hillary Clinton", "metWith", "Aung San Suu Kyi", "asserted")},
     {F("Aung San Suu Kyi", "leaderOf", "Myanmar", NULL), F("Aung San Suu Kyi", "officialOf", "Myanmar", NULL)},
     {{0}}, {{0}}, 1},
    {"title", /* after the comma that ends a fronted clause, "presiden Amerika itu" and a
               * verb is the main clause's subject, no apposition to the name before */
     {"Presiden Amerika Donald Trump dan Presiden Rusia Vladimir Putin akan membahas sejumlah "
      "isu. Sebelum bertemu dengan Putin, presiden Amerika itu menghabiskan dua hari di "
      "Skotlandia."},
     {F("Vladimir Putin", "leaderOf", "Rusia", "asserted")},
     {F("Vladimir Putin", "leaderOf", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* must not: with no fronted clause, a title after a name's comma is its
               * apposition; military officials are no force */
     {"Presiden Rusia Vladimir Putin, presiden Rusia itu, menolak. Pejabat militer Amerika tiba "
      "di Doha."},
     {F("Vladimir Putin", "leaderOf", "Rusia", "asserted")},
     {F("Amerika Serikat", "deployedTroopsTo", "Qatar", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a place that opens the sentence after when: a person of another state acts
               * there */
     {"Hari Selasa di Beograd, Menlu AS Hillary Clinton mendesak para pemimpin Serbia untuk "
      "berunding."},
     {F("Hillary Clinton", "visited", "Serbia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: the place's own people acting there visit nothing */
     {"Hari Selasa di Beograd, Presiden Serbia Aleksandar Vucic menolak usul itu."},
     {{0}}, {F("Aleksandar Vucic", "visited", "Serbia", NULL)}, {{0}}, {{0}}, 1},
    {"coordination", /* "Pemerintah A dan Pemerintah B": both governments act together */
     {"Pemerintah Indonesia dan Pemerintah Timor Leste menandatangani nota kesepahaman."},
     {F("Timor Leste", "partyTo", "nota kesepahaman Indonesia–Timor Leste", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a people named after one government is not coordinated with
                      * the next government */
     {"Ia menyinggung ketegangan antara pemerintah Kosovo yang etnis Albania dan pemerintah "
      "Serbia, yang tidak mengakui kemerdekaan Kosovo."},
     {{0}}, {F("Albania", "recognized", "Kosovo", NULL)}, {{0}}, {{0}}, 1},
    {"nominal", /* those "bersama dengan" after a predicate's body share the subject's part */
     {"Jepang dan India menjadi anggota Quad bersama dengan AS dan Australia."},
     {F("Amerika Serikat", "memberOf", "Quad", "asserted"), F("Australia", "memberOf", "Quad", "asserted"),
      F("India", "memberOf", "Quad", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"nominal", /* must not: "bersama" past another clause's words names no member */
     {"Jepang menjadi anggota Quad sejak 2007 dan berlatih bersama dengan Australia."},
     {F("Jepang", "memberOf", "Quad", "asserted")},
     {F("Australia", "memberOf", "Quad", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a person who leaves a place was there */
     {"Sebelum meninggalkan Seoul, Presiden Barack Obama berbicara di Garnisun Yongsan. Menlu AS "
      "Hillary Clinton meninggalkan Beograd hari Rabu."},
     {F("Barack Obama", "visited", "Korea Selatan", "asserted"),
      F("Hillary Clinton", "visited", "Serbia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a state's vehicles coming from a state, or a state leaving one,
               * is no visit */
     {"Seratus kendaraan Prancis tiba dari negara tetangga, Pantai Gading. Amerika meninggalkan "
      "Afghanistan pada 2021."},
     {{0}},
     {F("Prancis", "visited", "Pantai Gading", NULL), F("Amerika Serikat", "visited", "Afghanistan", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* states listed as allies outside a body ("non-NATO") are not allies of
                   * each other; states listed as allies with no one else are */
     {"Di antara negara-negara yang dianggap sebagai sekutu penting non-NATO adalah Mesir, "
      "Israel, Jepang dan Pakistan. Inggris dan Prancis adalah sekutu."},
     {F("Inggris", "alliedWith", "Prancis", "asserted")},
     {F("Mesir", "alliedWith", "Israel", NULL), F("Jepang", "alliedWith", "Pakistan", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* people who discuss together meet; a historic meeting ("pertemuan
                   * bersejarah") still has its partner after "dengan" */
     {"Presiden Amerika Donald Trump dan Presiden Rusia Vladimir Putin akan membahas sejumlah "
      "isu. Menlu AS Hillary Clinton mengadakan pertemuan bersejarah dengan Presiden Burma Thein "
      "Sein."},
     {F("Donald Trump", "metWith", "Vladimir Putin", "planned"),
      F("Hillary Clinton", "metWith", "Thein Sein", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: states that discuss something together need not meet */
     {"Mesir, Ethiopia dan Sudan membahas pembagian air Sungai Nil."},
     {{0}}, {F("Mesir", "metWith", "Sudan", NULL), F("Ethiopia", "metWith", "Sudan", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* a named head of a relative clause is its subject */
     {"Belarus, yang bersekutu dengan Rusia, menolak sanksi itu."},
     {F("Belarus", "alliedWith", "Rusia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: when the head cannot be the subject (a body where states
                   * ally), no state further back is */
     {"Dutabesar Amerika di Islamabad mengutip bukti yang mengaitkan jaringan Haqqani yang "
      "bersekutu dengan Taliban dengan pemerintah Pakistan."},
     {{0}}, {F("Amerika Serikat", "alliedWith", "Pakistan", NULL)}, {{0}}, {{0}}, 1},
    {"status", /* a plan said to undermine ("merongrong") is its maker's criticised act */
     {"Wakil Presiden Amerika Serikat Joe Biden mengatakan rencana Israel untuk membangun "
      "rumah-rumah baru di Yerusalem Timur merongrong rasa saling percaya."},
     {F("Joe Biden", "criticized", "Israel", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: a wrong impression ("kesan yang keliru") judges no one */
     {"Juru bicara Kementerian Luar Negeri China Geng Shuang mengatakan Washington jangan "
      "mengizinkan Tsai singgah untuk menghindarkan kesan yang keliru."},
     {{0}}, {F("Geng Shuang", "criticized", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* "mereka" after a sentence opened by a plural noun of no name is those
                   * people, not the two states of the text; the dead are not what is
                   * regretted */
     {"Indonesia mengecam keputusan Australia. Para pencari suaka itu tiba di Australia tahun "
      "lalu. Mereka menuduh militer Indonesia melakukan pembantaian. Amerika menyesalkan jatuhnya "
      "korban jiwa tentara Pakistan."},
     {F("Indonesia", "criticized", "Australia", "asserted")},
     {F("Australia", "accused", "Indonesia", NULL), F("Amerika Serikat", "criticized", "Pakistan", NULL)},
     {{0}}, {{0}}, 1},
    {"reference", /* must not: a named plural subject before is who "mereka" are; regret
                   * at a state's act is criticism */
     {"Para pemimpin Rusia dan China bertemu di Beijing. Mereka mengecam Amerika Serikat. "
      "Amerika menyesalkan keputusan Pakistan."},
     {F("Rusia", "criticized", "Amerika Serikat", "asserted"),
      F("Amerika Serikat", "criticized", "Pakistan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* leaving for a state ("bertolak ke", "menuju"), arriving in a city of the
               * gazetteer; a host named by a title only receives a visitor where the
               * place is, past a building's noun */
     {"Perdana Menteri Turki Recep Tayyip Erdogan bertolak ke Iran pada hari Minggu. Presiden "
      "Prancis Emmanuel Macron menuju ke Moskow untuk bertemu Putin. Menteri Luar Negeri AS "
      "Antony Blinken tiba di Brisbane pada Kamis malam. Menhan RI menerima kunjungan Perdana "
      "Menteri Papua Nugini, James Marape, di kantor Kementerian Pertahanan, Jakarta."},
     {F("Recep Tayyip Erdogan", "visited", "Iran", "asserted"),
      F("Emmanuel Macron", "visited", "Rusia", "asserted"),
      F("Antony Blinken", "visited", "Australia", "asserted"),
      F("James Marape", "visited", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: an aim ("bertujuan") is no journey; one leaving for a state after
               * meeting a head named by a bare title did not meet that head there */
     {"Doktrin ini bertujuan mencegah Uni Soviet menguasai Teluk. Menteri Luar Negeri AS "
      "Hillary Clinton bertolak ke Afrika Selatan dari Malawi seusai pertemuan dengan Presiden "
      "Joyce Banda."},
     {F("Hillary Clinton", "visited", "Afrika Selatan", "asserted")},
     {F("Joyce Banda", "leaderOf", "Afrika Selatan", NULL), F("Uni Soviet", "visited", "Teluk", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* disappointment voiced at an act criticises its doer and takes the act as
                * done (no claim); a short relative clause may stand between a relation
                * noun and its partner */
     {"China mengungkapkan kekecewaannya atas tindakan Amerika Serikat menjual senjata ke "
      "Taiwan. Arab Saudi, yang memiliki hubungan pertahanan dan energi yang sudah lama dengan "
      "AS, tidak masuk dalam daftar itu."},
     {F("China", "criticized", "Amerika Serikat", "asserted"),
      F("Amerika Serikat", "suppliedArmsTo", "Taiwan", "asserted"),
      F("Arab Saudi", "militaryCooperation", "Amerika Serikat", "asserted")},
     {F("China", "accused", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"status", /* must not: what a third party says was done stays its claim; a relative
                * clause with a verb is no description of the noun */
     {"China mengatakan Amerika Serikat menjual senjata ke Taiwan. Arab Saudi memiliki hubungan "
      "pertahanan yang dibahas dengan AS."},
     {F("Amerika Serikat", "suppliedArmsTo", "Taiwan", "alleged")},
     {F("Arab Saudi", "militaryCooperation", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* an unnamed agreement signed past a quantifier, of two kinds joined by
                   * "dan", with the officials of a state: that state is a party */
     {"Francois Hollande menandatangani beberapa persetujuan pendidikan dan perdagangan bilateral "
      "dengan para pejabat Kuba."},
     {F("François Hollande", "partyTo", "persetujuan pendidikan dan perdagangan bilateral Kuba–Prancis",
        "asserted"),
      F("Kuba", "partyTo", "persetujuan pendidikan dan perdagangan bilateral Kuba–Prancis", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: an agreement read, not signed, with officials makes no party */
     {"Francois Hollande membaca beberapa persetujuan perdagangan dengan para pejabat Kuba."},
     {{0}}, {F("Kuba", "partyTo", "persetujuan perdagangan Kuba–Prancis", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* signing "dengan para Menteri Luar Negeri A, B dan C": the states of a
                   * title with no holder named are the other parties, and sign as the
                   * signer does (planned here) */
     {"Colin Powell akan berangkat ke Tirana untuk menandatangani Piagam Adriatik dengan para "
      "Menteri Luar Negeri Albania, Kroasia dan Macedonia."},
     {F("Albania", "partyTo", "Piagam Adriatik", "planned"),
      F("Kroasia", "partyTo", "Piagam Adriatik", "planned"),
      F("Makedonia Utara", "partyTo", "Piagam Adriatik", "planned")},
     {F("Albania", "partyTo", "Piagam Adriatik", "asserted")}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: a holder named after the title's state is the one who signs,
                   * and the rules that read titles have him; a title alone names no party */
     {"Colin Powell menandatangani Piagam Adriatik dengan Menteri Luar Negeri Albania Edmond "
      "Haxhinasto. Kerry menandatangani Piagam Baltik dengan para menteri."},
     {F("Edmond Haxhinasto", "officialOf", "Albania", "asserted")},
     {F("Albania", "partyTo", "Piagam Baltik", NULL)}, {{0}}, {{0}}, 1},
    {"nominal", /* officials listed among those a sanction targets are not the sanctioning
                 * body's own */
     {"Uni Eropa menjatuhkan sanksi terhadap lebih dari 30 pejabat, termasuk Presiden Suriah "
      "Bashar al-Assad. Rusia mengirim pejabat tinggi, termasuk Vladimir Zhirinovsky."},
     {F("Vladimir Zhirinovsky", "officialOf", "Rusia", "asserted")},
     {F("Bashar al-Assad", "officialOf", "Uni Eropa", NULL)}, {{0}}, {{0}}, 1},
    {"nominal", /* the buyer's side: the genitive of "pembeli ... minyak" sells to the
                 * subject; a main supplier of arms "untuk" a state supplies it */
     {"Tiongkok adalah penyedia utama persenjataan untuk Sudan dan pembeli terbesar minyak "
      "Sudan. India, pembeli senjata Rusia terbesar, mengecam Pakistan."},
     {F("China", "suppliedArmsTo", "Sudan", "asserted"),
      F("Sudan", "exportsTo", "China", "asserted"), F("Rusia", "suppliedArmsTo", "India", "asserted"),
      F("India", "criticized", "Pakistan", "asserted")},
     {F("China", "exportsTo", "Sudan", NULL), F("India", "suppliedArmsTo", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"nominal", /* must not: a buyer of no one's goods, or a state's buyers, is no trade */
     {"Tiongkok adalah pembeli terbesar di dunia. Para pembeli minyak menghindari Iran."},
     {{0}}, {F("Iran", "exportsTo", "China", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* "demi" opens a purpose clause with the subject before it; a border
                   * ("perbatasan") limits nothing */
     {"Kanada menutup perbatasannya dengan Kuba demi mendukung Venezuela."},
     {F("Kanada", "supports", "Venezuela", "asserted")},
     {F("Kuba", "supports", "Venezuela", NULL)}, {{0}}, {{0}}, 1},
    {"status", /* must not: what is limited is not stated */
     {"Kanada membatasi dukungan kepada Venezuela. Kanada menghindari batasan ekspor ke Kuba."},
     {{0}},
     {F("Kanada", "supports", "Venezuela", NULL), F("Kanada", "exportsTo", "Kuba", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* a stance on a deed "oleh" someone is on its agent */
     {"Kanada menentang penindakan oleh pemerintah Venezuela."},
     {F("Kanada", "opposes", "Venezuela", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"relations", /* must not: the deed's target is not its agent; refugees of a state are
                   * not the state */
     {"Kanada menentang penindakan terhadap warga Venezuela. Menteri Luar Negeri Kanada "
      "bertemu dengan sejumlah pengungsi Kuba di Bogota."},
     {{0}},
     {F("Kanada", "opposes", "Venezuela", NULL), F("Kanada", "metWith", "Kuba", NULL)},
     {{0}}, {{0}}, 1},

    {"relations", /* a refusal or opposition as a noun with its own agent: the agent opposes
                   * what follows "atas" or "terhadap" */
     {"Menteri itu mengecam penolakan Washington atas Perjanjian Paris. Penentangan China "
      "terhadap Resolusi 1973 sudah lama."},
     {F("Amerika Serikat", "opposes", "Perjanjian Paris", "asserted"),
      F("China", "opposes", "Resolusi 1973", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a refusal with no agent of its own opposes nothing for the
                   * clause's subject; "pertentangan antara" is no refusal */
     {"Kanada menyayangkan penolakan atas Perjanjian Paris. Pertentangan antara Rusia dan "
      "Ukraina terhadap Resolusi 1973 meningkat."},
     {{0}},
     {F("Kanada", "opposes", "Perjanjian Paris", NULL), F("Rusia", "opposes", "Resolusi 1973", NULL)},
     {{0}}, {{0}}, 1},

    {"relations", /* a sanctions regime's issuer after the words of its name ("sanksi baru
                   * Dewan Keamanan PBB"), not the subject of a verb that only speaks of it */
     {"Xi membahas sanksi baru Dewan Keamanan PBB terhadap Korea Utara."},
     {F("Dewan Keamanan PBB", "sanctioned", "Korea Utara", "asserted")},
     {F("China", "sanctioned", "Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: the subject of a verb that welcomes a regime with its issuer
                   * named is not its issuer */
     {"Jepang menyambut sanksi baru Amerika terhadap Korea Utara."},
     {F("Amerika Serikat", "sanctioned", "Korea Utara", "asserted")},
     {F("Jepang", "sanctioned", "Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* the subject of a verb of undergoing is the target of the sanctions the
                   * noun after it names; the giver is its genitive or after "oleh", "dari" */
     {"Iran dikenai sanksi oleh Amerika Serikat. Rusia menghadapi berbagai sanksi Uni Eropa. "
      "Belarus membalas sanksi yang telah dijatuhkan oleh Jepang."},
     {F("Amerika Serikat", "sanctioned", "Iran", "asserted"),
      F("Uni Eropa", "sanctioned", "Rusia", "asserted"), F("Jepang", "sanctioned", "Belarus", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: the one persuaded to avoid sanctions is their target, not the
                   * persuader; asking for sanctions is not undergoing them */
     {"Brasil membujuk Iran untuk menghindari sanksi oleh PBB. Ukraina meminta sanksi baru Uni "
      "Eropa."},
     {{0}},
     {F("Perserikatan Bangsa-Bangsa", "sanctioned", "Brasil", NULL),
      F("Uni Eropa", "sanctioned", "Ukraina", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* a meeting with a state's unnamed official, where the document names
                   * whom of that state the person met, is no meeting with the state */
     {"Trump Temui Presiden Meksiko\n\nPresiden Amerika Donald Trump bertemu dengan Presiden "
      "Meksiko Enrique Pena Nieto di Hamburg. Sebelumnya Menlu AS Rex Tillerson bertemu "
      "menteri luar negeri Meksiko."},
     {F("Donald Trump", "metWith", "Enrique Pena Nieto", "asserted")},
     {F("Donald Trump", "metWith", "Meksiko", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: with no one of that state named as met, the meeting with the
                   * state's unnamed leaders stays */
     {"Wakil Presiden Amerika Joe Biden bertemu dengan kepala negara Estonia di Tallinn."},
     {F("Joe Biden", "metWith", "Estonia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* a claim on a plain object does not govern a deed joined to it by "dan" */
     {"Hubungan Pakistan dan India tegang. Keduanya mengklaim Kashmir dan sudah pernah "
      "berperang."},
     {F("Pakistan", "foughtAgainst", "India", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: a claim or denial of a clause governs what "dan" joins to it */
     {"Iran membantah bahwa pihaknya mempersenjatai Houthi dan telah mengirim senjata ke Yaman. "
      "Amerika menuduh Rusia mempersenjatai separatis dan mengirim pasukan ke Ukraina."},
     {F("Iran", "suppliedArmsTo", "Yaman", "denied"), F("Rusia", "deployedTroopsTo", "Ukraina", "alleged")},
     {F("Iran", "suppliedArmsTo", "Yaman", "asserted"), F("Rusia", "deployedTroopsTo", "Ukraina", "asserted")},
     {{0}}, {{0}}, 1},
    {"relations", /* a visit's object described, then the state it describes after a comma */
     {"Wakil Presiden China Hu Chunhua pekan lalu juga mengunjungi pulau terbesar di Pasifik, "
      "Papua Nugini."},
     {F("Hu Chunhua", "visited", "Papua Nugini", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: states listed after the comma, or a speaker, are no described
                   * destination */
     {"Presiden Jokowi mengunjungi pabrik itu, Jepang dan Korea Selatan menyambutnya. Presiden "
      "Jokowi mengunjungi pabrik itu, kata Menlu Retno Marsudi."},
     {{0}}, {F("Joko Widodo", "visited", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a guest at a place is there: a visit to its state */
     {"Hari Rabu, Raja Yordania Abdullah akan menjadi tamu di Oval Office."},
     {F("Abdullah II", "visited", "Amerika Serikat", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a host receiving guests at home visits nothing */
     {"Presiden Jokowi menerima tamu di Istana Merdeka."},
     {{0}}, {F("Joko Widodo", "visited", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* support or aid the subject appreciates is given to it */
     {"Azerbaijan mengapresiasi dukungan Indonesia dalam forum internasional. Fiji menghargai "
      "bantuan Australia."},
     {F("Indonesia", "supports", "Azerbaijan", "asserted"), F("Australia", "providedAidTo", "Fiji", "asserted")},
     {F("Azerbaijan", "supports", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: appreciating another's decision is no support received */
     {"Indonesia menghargai keputusan Azerbaijan."},
     {{0}}, {F("Indonesia", "supports", "Azerbaijan", NULL), F("Azerbaijan", "supports", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* forbidding or weakening a state named right after the verb is a stance
                   * against it */
     {"Prancis melarang Inggris untuk mengerahkan pasukan. China berusaha melemahkan Taiwan."},
     {F("Prancis", "opposes", "Inggris", "asserted"), F("China", "opposes", "Taiwan", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: forbidding goods from a state, or weakening its economy */
     {"Indonesia melarang impor dari Jepang. Sanksi itu melemahkan ekonomi Rusia."},
     {{0}}, {F("Indonesia", "opposes", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* an amount in a relative clause ("yang bernilai $ 10 miliar") inside the
                   * goods; shots (tembakan) by a state at another are an attack */
     {"Amerika akan mengizinkan penjualan senjata mutakhir Amerika yang bernilai $ 10 miliar "
      "kepada Israel. Sebuah tembakan dilakukan oleh Iran terhadap Arab Saudi."},
     {F("Amerika Serikat", "suppliedArmsTo", "Israel", NULL), F("Iran", "attacked", "Arab Saudi", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: shots heard somewhere, with no one who fired them */
     {"Terdengar tembakan di Kabul. Tembakan peringatan itu mengenai kapal Filipina."},
     {{0}}, {F("Afganistan", "attacked", "Filipina", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a tour to states is a visit to them */
     {"Kishida, yang sedang melakukan tur ke Kenya dan Singapura, tiba di Nairobi."},
     {F("Fumio Kishida", "visited", "Kenya", "asserted"), F("Fumio Kishida", "visited", "Singapura", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a tour with no one named who makes it visits nothing */
     {"Band itu melakukan tur ke Jepang. Jepang menawarkan paket tur ke Korea Selatan."},
     {{0}}, {F("Jepang", "visited", "Korea Selatan", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a blockade launched against a state is a sanction */
     {"Kuwait dan Oman melancarkan blokade terhadap Yaman."},
     {F("Kuwait", "sanctioned", "Yaman", "asserted"), F("Oman", "sanctioned", "Yaman", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"relations", /* must not: an attack launched is no sanction; a road blocked is no state */
     {"Kuwait melancarkan serangan terhadap Yaman. Para demonstran memblokade jalan di Manama."},
     {F("Kuwait", "attacked", "Yaman", "asserted")},
     {F("Kuwait", "sanctioned", "Yaman", NULL)}, {{0}}, {{0}}, 1},

    {"status", /* the one pressed acts in the clause after "untuk", past its negation */
     {"Kanada menekan Chile untuk tidak mendukung Peru."},
     {F("Chile", "supports", "Peru", "negated")},
     {F("Kanada", "supports", "Peru", NULL)}, {{0}}, {{0}}, 0},
    {"status", /* must not: past "dan" and a negated verb lies that verb's object */
     {"Kanada memutuskan untuk tidak mendukung resolusi itu dan tidak mengecam Peru."},
     {F("Kanada", "criticized", "Peru", "negated")},
     {F("Kanada", "supports", "Peru", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* an adjective between a visit and its visitor */
     {"Hari ini adalah kunjungan bersejarah Presiden Kanada Marie Dupont di Peru."},
     {F("Marie Dupont", "visited", "Peru", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a verb between a visit and a name */
     {"Kunjungan itu membantu Marie Dupont di Peru."},
     {{0}},
     {F("Marie Dupont", "visited", "Peru", NULL)}, {{0}}, {{0}}, 1},

    {"relations", /* must not: support for acts against a state is no support for it */
     {"Kanada mengupayakan dukungan internasional bagi lebih banyak tindakan terhadap Kuba."},
     {{0}},
     {F("Kanada", "supports", "Kuba", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a place after the target of an attack is where it is */
     {"Kanada meluncurkan serangan udara terhadap sasaran di negara tetangganya, Kuba."},
     {F("Kanada", "attacked", "Kuba", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* "ia" after a spokesperson's report is the one reported on */
     {"Juru bicara Departemen Luar Negeri Kanada Marie Dupont mengatakan Menteri Luar Negeri "
      "Jean Tremblay akan berkunjung ke Peru. Marie Dupont mengatakan Jean Tremblay akan "
      "melawat ke Chile. Ia akan bertemu Presiden Chile Carlos Rojas."},
     {F("Jean Tremblay", "metWith", "Carlos Rojas", "planned")},
     {F("Marie Dupont", "metWith", "Carlos Rojas", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: after anyone else's report, "ia" is the speaker */
     {"Menteri Luar Negeri Kanada Marie Dupont mengatakan Jean Tremblay akan melawat ke Chile. "
      "Ia akan bertemu Presiden Chile Carlos Rojas."},
     {F("Marie Dupont", "metWith", "Carlos Rojas", "planned")},
     {F("Jean Tremblay", "metWith", "Carlos Rojas", NULL)}, {{0}}, {{0}}, 1},

    {"coordination", /* a list its "dan" closed takes no more: ", dan X" with a verb is a
                      * new clause */
     {"Kedua negara membahas isu Peru, Chile dan Bolivia, dan Kanada selalu mendukung Kuba."},
     {F("Kanada", "supports", "Kuba", "asserted")},
     {F("Peru", "supports", "Kuba", NULL), F("Bolivia", "supports", "Kuba", NULL)}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a list with its "dan" last is one subject */
     {"Peru, Chile, dan Bolivia mendukung Kuba."},
     {F("Peru", "supports", "Kuba", "asserted"), F("Chile", "supports", "Kuba", "asserted"),
      F("Bolivia", "supports", "Kuba", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"alliance", /* "sebagai negara" names no body the state is in */
     {"PBB masih menganggap Portugal sebagai negara yang memiliki kewenangan di Timor Leste."},
     {{0}},
     {F("Portugal", "memberOf", "Perserikatan Bangsa-Bangsa", NULL)}, {{0}}, {{0}}, 1},
    {"alliance", /* must not: a relational noun after "sebagai" is the subject's */
     {"Kanada memandang Peru sebagai sekutu."},
     {F("Peru", "alliedWith", "Kanada", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},

    {"relations", /* must not: troops sent to a border are not sent into the state beyond */
     {"Kanada mengerahkan pasukan ke perbatasan Peru. Chile mengerahkan pasukan ke perbatasan "
      "Chile-Bolivia."},
     {{0}},
     {F("Kanada", "deployedTroopsTo", "Peru", NULL), F("Chile", "deployedTroopsTo", "Bolivia", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* troops sent into a state */
     {"Kanada mengerahkan pasukan ke Peru."},
     {F("Kanada", "deployedTroopsTo", "Peru", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* "mereka" after "orang X" are the people of X, not the pair of the text */
     {"Peru dan Chile bersitegang. Akan tetapi orang Peru tidak bertindak sampai di situ. Mereka "
      "kemudian melakukan kerja sama militer dengan Bolivia untuk mengepung Chile."},
     {F("Peru", "militaryCooperation", "Bolivia", "asserted")},
     {F("Chile", "militaryCooperation", "Bolivia", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: after a state alone, "mereka" is not it */
     {"Peru dan Chile bersitegang. Akan tetapi Peru tidak bertindak sampai di situ. Mereka "
      "kemudian melakukan kerja sama militer dengan Bolivia."},
     {F("Peru", "militaryCooperation", "Bolivia", "asserted"),
      F("Chile", "militaryCooperation", "Bolivia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},

    {"alliance", /* members of bodies listed after "di antaranya", past "dalam" and a comma */
     {"Peru dan Chile juga menjadi anggota dalam berbagai forum dunia, di antaranya APEC dan "
      "Gerakan Non-Blok."},
     {F("Peru", "memberOf", "APEC", "asserted"), F("Chile", "memberOf", "APEC", "asserted"),
      F("Peru", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Chile", "memberOf", "Gerakan Non-Blok", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"alliance", /* must not: members of a body met are no members of the list */
     {"Kanada bertemu anggota dalam forum itu, di antaranya Chile."},
     {{0}},
     {F("Kanada", "memberOf", "Chile", NULL), F("Chile", "memberOf", "Kanada", NULL)},
     {{0}}, {{0}}, 1},

    {"reference", /* "mereka" far from any group, in a text titled by its two states: them */
     {"Hubungan Peru dengan Chile\nPeru dan Chile menjalin hubungan sejak 1950. Peru mengirim duta "
      "besar ke Chile. Chile membuka kedutaan di Peru. Mereka menandatangani kesepakatan dagang."},
     {F("Peru", "tradesWith", "Chile", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* must not: elsewhere, "mereka" after a plain plural is not the two states
                   * named most */
     {"Presiden Kanada mengecam Kuba. Kanada mengkritik Kuba lagi. Kanada meyakinkan tiga negara "
      "kecil bahwa NATO akan membela mereka."},
     {{0}},
     {F("NATO", "supports", "Kanada", NULL), F("NATO", "supports", "Kuba", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* a meeting the clause took place in is between its subject and object */
     {"Presiden Kanada Marie Dupont menyebut Raja Yordania, Abdullah, sebagai \u201cteman yang "
      "baik, setia\u201d dalam pertemuan Senin di Ottawa."},
     {F("Marie Dupont", "metWith", "Abdullah II", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: an object that is no person met nobody */
     {"Presiden Kanada Marie Dupont mengecam Israel dalam pertemuan OKI."},
     {F("Marie Dupont", "criticized", "Israel", "asserted")},
     {F("Marie Dupont", "metWith", "Israel", NULL)}, {{0}}, {{0}}, 1},
    {"alliance", /* "sebagai sekutu" of an object referred to by its title and "itu" */
     {"Presiden Kanada Marie Dupont bertemu Raja Yordania Abdullah. Dupont menggambarkan raja "
      "itu sebagai sekutu yang kuat."},
     {F("Yordania", "alliedWith", "Kanada", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},

    {"reference", /* must not: "mereka" after a sentence that opens with a plural of no
                   * name is not the group named before */
     {"Chile dan Kanada berunding di Santiago. Peru menyerang Bolivia. \u201cOrang-orang di sini "
      "tidak menyukai operasi militer Peru di wilayah mereka\u201d, kata Mahir Qerno."},
     {F("Peru", "attacked", "Bolivia", "asserted")},
     {F("Peru", "attacked", "Chile", NULL), F("Peru", "attacked", "Kanada", NULL)}, {{0}}, {{0}}, 1},
    {"status", /* "mengapa" opens a clause with its own subject */
     {"Kanada memahami mengapa Peru tidak mengecam Bolivia."},
     {F("Peru", "criticized", "Bolivia", "negated")},
     {F("Kanada", "criticized", "Bolivia", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* a list of places visited, each with its state, past semicolons and a
               * town no lexicon lists */
     {"Menteri Luar Negeri Kanada Marie Dupont akan mengunjungi Praha dan Pilsen di Republik "
      "Ceko, Ljubljana di Slovenia; Wina di Austria; dan Warsawa di Polandia pekan depan."},
     {F("Marie Dupont", "visited", "Ceko", "planned"),
      F("Marie Dupont", "visited", "Slovenia", "planned"),
      F("Marie Dupont", "visited", "Austria", "planned"),
      F("Marie Dupont", "visited", "Polandia", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a place after a list of visits with no joining word */
     {"Menteri Luar Negeri Kanada Marie Dupont mengunjungi Praha di Republik Ceko untuk membahas "
      "Slovenia."},
     {F("Marie Dupont", "visited", "Ceko", "asserted")},
     {F("Marie Dupont", "visited", "Slovenia", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* a journey that "membawanya ke" places: its traveller visits them */
     {"Lawatan Presiden Kanada Marie Dupont akan membawanya ke Peru, Chile dan Bolivia."},
     {F("Marie Dupont", "visited", "Peru", "planned"), F("Marie Dupont", "visited", "Chile", "planned"),
      F("Marie Dupont", "visited", "Bolivia", "planned")},
     {F("Kanada", "visited", "Peru", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: what is brought somewhere is no visit */
     {"Kanada membawa bantuan ke Peru. Kapal itu membawanya ke Chile."},
     {{0}},
     {F("Kanada", "visited", "Peru", NULL), F("Kanada", "visited", "Chile", NULL)}, {{0}}, {{0}}, 1},

    {"passive", /* -nya on a passive verb is its agent, whom the sentence is about */
     {"Menteri Luar Negeri Kanada Marie Dupont memuji Peru, yang dikunjunginya pekan lalu."},
     {F("Marie Dupont", "visited", "Peru", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"passive", /* must not: the patient is never its own agent */
     {"Peru dikunjunginya pekan lalu."},
     {{0}},
     {F("Peru", "visited", "Peru", NULL)}, {{0}}, {{0}}, 1},

    {"reference", /* "ia" in a clause that opens the sentence is its main subject after it */
     {"Presiden Kanada Marie Dupont tiba di Lima. Setelah ia bertemu Presiden Peru Ana Quispe, "
      "Menteri Luar Negeri Kanada Jean Tremblay terbang ke Chile."},
     {F("Jean Tremblay", "metWith", "Ana Quispe", "asserted")},
     {F("Marie Dupont", "metWith", "Ana Quispe", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: with no comma between, the clause is not the opening one */
     {"Presiden Kanada Marie Dupont tiba di Lima. Ia bertemu Presiden Peru Ana Quispe setelah "
      "Menteri Luar Negeri Kanada Jean Tremblay terbang ke Chile."},
     {F("Marie Dupont", "metWith", "Ana Quispe", "asserted")},
     {F("Jean Tremblay", "metWith", "Ana Quispe", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* a manner adverb of two words between the verb and its preposition */
     {"Presiden Kanada Marie Dupont bertemu secara pribadi dengan Presiden Peru Ana Quispe."},
     {F("Marie Dupont", "metWith", "Ana Quispe", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: past the adverb a comma still ends the object */
     {"Presiden Kanada Marie Dupont bertemu secara tertutup, lalu Ana Quispe tiba di Lima."},
     {{0}},
     {F("Marie Dupont", "metWith", "Ana Quispe", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* the state after a located city is where too, no subject of the clause after */
     {"Menteri Pertahanan Kanada Jean Tremblay tiba di Santiago, Chile hari Rabu, setelah "
      "sebelumnya singgah di Peru dan Bolivia."},
     {F("Jean Tremblay", "visited", "Chile", "asserted"), F("Jean Tremblay", "visited", "Peru", "asserted"),
      F("Jean Tremblay", "visited", "Bolivia", "asserted")},
     {F("Chile", "visited", "Peru", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* -nya on a visit is the person named before it, not a place's state */
     {"Kunjungan Menteri Luar Negeri Kanada Marie Dupont ke Peru menyusul lawatannya ke Ottawa "
      "dan ke Santiago, Chile."},
     {F("Marie Dupont", "visited", "Peru", "asserted"), F("Marie Dupont", "visited", "Chile", "asserted")},
     {F("Peru", "visited", "Chile", NULL), F("Peru", "visited", "Kanada", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* the traveller of a journey before "untuk" does what it is for */
     {"Presiden Kanada Marie Dupont tiba di Lima. Lawatan Presiden Kanada Marie Dupont ke Ottawa "
      "untuk bertemu Presiden Chile Lucia Reyes berlangsung lancar."},
     {F("Marie Dupont", "metWith", "Lucia Reyes", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a journey that names no traveller hands "untuk" to no state */
     {"Presiden Kanada Marie Dupont tiba di Lima. Lawatan ke Kanada untuk bertemu Presiden Chile "
      "Lucia Reyes dibatalkan."},
     {{0}},
     {F("Kanada", "metWith", "Lucia Reyes", NULL)}, {{0}}, {{0}}, 1},

    {"nominal", /* a donor of aid to a state: the noun of aid inside the phrase is read with it */
     {"Kanada adalah kreditor asing terbesar untuk Peru, sedangkan Chile adalah donor bantuan "
      "terbesar Peru."},
     {F("Chile", "providedAidTo", "Peru", "asserted")},
     {F("Peru", "providedAidTo", "Chile", NULL)}, {{0}}, {{0}}, 1},
    {"nominal", /* must not: aid given by a state named after the noun stays its own */
     {"Chile menerima bantuan Peru."},
     {F("Peru", "providedAidTo", "Chile", "asserted")},
     {F("Chile", "providedAidTo", "Peru", NULL)}, {{0}}, {{0}}, 1},

    {"reference", /* "negara itu" is the state named before it in its sentence, not the
                   * subject of the heading before nor the state of a person */
     {"Kanada, Peru Bahas Kerja Sama\nPresiden Kanada Marie Dupont akan membahas kerja sama "
      "militer dengan Peru ketika ia mengunjungi negara itu minggu ini."},
     {F("Marie Dupont", "visited", "Peru", NULL)},
     {F("Marie Dupont", "visited", "Kanada", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: with no state in its sentence, the one the sentence before
                   * was about */
     {"Peru mengecam Chile. Negara itu juga mengecam Bolivia."},
     {F("Peru", "criticized", "Bolivia", "asserted")},
     {F("Chile", "criticized", "Bolivia", NULL)}, {{0}}, {{0}}, 1},

    {"status", /* the time of a planned act ("ketika ...") is to come too */
     {"Presiden Kanada Marie Dupont akan membahas kerja sama dengan Peru ketika ia mengunjungi "
      "negara itu minggu ini."},
     {F("Marie Dupont", "visited", "Peru", "planned")},
     {F("Marie Dupont", "visited", "Peru", "asserted")}, {{0}}, {{0}}, 1},
    {"status", /* must not: after an act that happened, its time happened */
     {"Presiden Kanada Marie Dupont membahas kerja sama dengan Peru ketika ia mengunjungi negara "
      "itu minggu lalu."},
     {F("Marie Dupont", "visited", "Peru", "asserted")},
     {F("Marie Dupont", "visited", "Peru", "planned")}, {{0}}, {{0}}, 1},

    {"visit", /* a fronted place, then when between commas, then a foreigner who acts there */
     {"Di Peru, hari Senin (4/5), Menteri Luar Negeri Kanada Jean Tremblay memberikan "
      "penghormatan kepada para korban."},
     {F("Jean Tremblay", "visited", "Peru", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: one of that state acting at home visits nothing */
     {"Di Peru, hari Senin (4/5), Menteri Luar Negeri Peru Ana Quispe memberikan penghormatan "
      "kepada para korban."},
     {{0}},
     {F("Ana Quispe", "visited", "Peru", NULL)}, {{0}}, {{0}}, 1},

    {"visit", /* ", dan" a person and when, the verb left out: the same act */
     {"Presiden Peru Ana Quispe mengunjungi Kanada pada Juni 1997, dan Presiden Chile Lucia Reyes "
      "pada Januari 2009."},
     {F("Ana Quispe", "visited", "Kanada", "asserted"), F("Lucia Reyes", "visited", "Kanada", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a person with a verb of their own after ", dan" */
     {"Presiden Peru Ana Quispe mengunjungi Kanada pada Juni 1997, dan Presiden Chile Lucia Reyes "
      "pada Januari 2009 mengecam Bolivia."},
     {F("Ana Quispe", "visited", "Kanada", "asserted")},
     {F("Lucia Reyes", "visited", "Kanada", NULL)}, {{0}}, {{0}}, 1},

    /* ---- "kedua negara", "kedua pemimpin": the two named together just before ---- */
    {"reference",
     {"Menteri Luar Negeri Brasil Carlos Almeida tiba di Australia dan Jepang pekan ini. "
      "Kedua negara mengecam Rusia."},
     {F("Carlos Almeida", "officialOf", "Brasil", "asserted"),
      F("Carlos Almeida", "visited", "Australia", "asserted"),
      F("Carlos Almeida", "visited", "Jepang", "asserted"),
      F("Australia", "criticized", "Rusia", "asserted"),
      F("Jepang", "criticized", "Rusia", "asserted")},
     {F("Brasil", "criticized", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"reference", /* far back: the pair the document named together twice, not the two
                   * it names most */
     {"Kanada akan membantu Peru dan Chile. Peru dan Chile menerima bantuan itu. Kanada juga "
      "mengecam Kuba. Kanada mengecam Venezuela. Kanada mengecam Nikaragua. Kanada menolak "
      "berkomentar. Kedua negara kemudian bergabung dengan APEC."},
     {F("Peru", "memberOf", "APEC", "asserted"), F("Chile", "memberOf", "APEC", "asserted")},
     {F("Kanada", "memberOf", "APEC", NULL)},
     {{0}},
     {{0}},
     1},
    {"reference", /* must not: a pair named together once, far back */
     {"Kanada akan membantu Peru dan Chile. Kanada juga mengecam Kuba. Kanada mengecam "
      "Venezuela. Kanada mengecam Nikaragua. Kanada menolak berkomentar. Kedua negara kemudian "
      "bergabung dengan APEC."},
     {{0}},
     {F("Chile", "memberOf", "APEC", NULL)},
     {{0}},
     {{0}},
     1},
    {"reference", /* as the object */
     {"Menteri Luar Negeri Brasil Carlos Almeida tiba di Australia dan Jepang pekan ini. "
      "Brasil mendukung kedua negara."},
     {F("Carlos Almeida", "officialOf", "Brasil", "asserted"),
      F("Carlos Almeida", "visited", "Australia", "asserted"),
      F("Carlos Almeida", "visited", "Jepang", "asserted"),
      F("Brasil", "supports", "Australia", "asserted"),
      F("Brasil", "supports", "Jepang", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"reference", /* the two leaders of the sentence before */
     {"Presiden Kenya William Ruto bertemu dengan Presiden Tanzania Samia Suluhu Hassan di "
      "Nairobi. Kedua pemimpin mendukung Somalia."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("Samia Suluhu Hassan", "leaderOf", "Tanzania", "asserted"),
      F("William Ruto", "metWith", "Samia Suluhu Hassan", "asserted"),
      /* met in the host's capital: the guest visited */
      F("Samia Suluhu Hassan", "visited", "Kenya", "asserted"),
      F("William Ruto", "supports", "Somalia", "asserted"),
      F("Samia Suluhu Hassan", "supports", "Somalia", "asserted")},
     {{0}},
     {E("Nairobi", "Place")},
     {{0}},
     0},
    {"reference",
     {"Presiden Mesir Abdel Fattah el-Sisi bertemu dengan Raja Yordania Abdullah II di Kairo. "
      "Kedua pemimpin mengecam Israel."},
     {F("Abdel Fattah el-Sisi", "leaderOf", "Mesir", "asserted"),
      F("Abdullah II", "leaderOf", "Yordania", "asserted"),
      F("Abdel Fattah el-Sisi", "metWith", "Abdullah II", "asserted"),
      F("Abdel Fattah el-Sisi", "criticized", "Israel", "asserted"),
      F("Abdullah II", "criticized", "Israel", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"reference", /* nothing named before: no guess */
     {"Kedua negara mengecam Rusia."},
     {{0}},
     {{0}},
     {E("Rusia", "State")},
     {{0}},
     0},

    /* ---- metonymy ---- */
    {"metonymy", /* a capital after "di ibukota,", after a body's seat and its comma, and
                  * joined by "dan" to a located city is a place, not its state */
     {"Zhang Gaoli berdiri di ibukota, Beijing. Jokowi hadir di Sekretariat ASEAN, Jakarta, "
      "Sabtu. Kedutaan dibuka di Jakarta (Indonesia) dan Warsawa (Polandia)."},
     {{0}},
     {{0}},
     {E("Beijing", "Place"), E("Jakarta", "Place"), E("Warsawa", "Place")},
     {{0}},
     1},
    {"metonymy", /* a seat of government that speaks for its state is still a building;
                  * a capital that does is only the state */
     {"Para pejabat Gedung Putih mengatakan Rusia menyerang Ukraina. Washington mengecam Moskow."},
     {F("Amerika Serikat", "criticized", "Rusia", "asserted")}, {{0}},
     {E("Gedung Putih", "Place"), E("Amerika Serikat", "State")},
     {E("Washington", NULL), E("Moskow", NULL)}, 1},
    {"metonymy", /* a room in lower case after "di", then the palace and the city it is in */
     {"Penyerahan surat kepercayaan digelar di ruang kredensial, Istana Merdeka, Jakarta."},
     {{0}}, {{0}},
     {E("Istana Merdeka", "Place"), E("Jakarta", "Place")},
     {E("Indonesia", NULL)}, 1},
    {"metonymy", /* must not: a clause after "di" and a comma, then a capital that acts */
     {"Rapat digelar di ruang kerja presiden yang baru, Washington mengecam Moskow."},
     {F("Amerika Serikat", "criticized", "Rusia", "asserted")}, {{0}}, {{0}},
     {E("Washington", NULL)}, 1},
    {"metonymy", /* must not: capitals listed as actors stand for their states */
     {"Moskow, Beijing dan Washington mengecam Pyongyang."},
     {F("Rusia", "criticized", "Korea Utara", "asserted"),
      F("China", "criticized", "Korea Utara", "asserted"),
      F("Amerika Serikat", "criticized", "Korea Utara", "asserted")},
     {{0}},
     {{0}},
     {E("Beijing", NULL), E("Warsawa", NULL)},
     1},
    {"metonymy",
     {"Beijing mengecam Washington."},
     {F("China", "criticized", "Amerika Serikat", "asserted")},
     {{0}},
     {E("China", "State"), E("Amerika Serikat", "State")},
     {E("Beijing", NULL), E("Washington", NULL)},
     0},
    {"metonymy",
     {"Teheran mendukung Damaskus."},
     {F("Iran", "supports", "Suriah", "asserted")},
     {{0}},
     {{0}},
     {E("Teheran", NULL), E("Damaskus", NULL)},
     0},
    {"metonymy", /* the seat acts for its state and is a building named; the capital only acts */
     {"Kremlin mengecam Washington."},
     {F("Rusia", "criticized", "Amerika Serikat", "asserted")},
     {{0}},
     {E("Kremlin", "Place")},
     {E("Washington", NULL)},
     0},
    {"metonymy",
     {"Pemerintah Kanada mengecam Teheran."},
     {F("Kanada", "criticized", "Iran", "asserted")},
     {{0}},
     {{0}},
     {E("Teheran", NULL)},
     0},
    {"metonymy", /* a destination stays a place */
     {"Emmanuel Macron tiba di Beijing pada Selasa."},
     {F("Emmanuel Macron", "visited", "China", "asserted")},
     {{0}},
     {E("Beijing", "Place")},
     {{0}},
     0},
    {"metonymy", /* Moskow denies: Rusia */
     {"Ukraina menuduh Rusia menyerang Moldova. Moskow membantah tuduhan tersebut."},
     {F("Ukraina", "accused", "Rusia", "asserted"),
      FC("Rusia", "attacked", "Moldova", "alleged", "Ukraina"),
      FC("Rusia", "attacked", "Moldova", "denied", "Rusia")},
     {{0}},
     {{0}},
     {E("Moskow", NULL)},
     0},

    {"metonymy", /* a delegation arriving: base-form "tiba" after "Delegasi X" */
     {"Delegasi Jepang tiba di Seoul untuk perundingan."},
     {F("Jepang", "visited", "Korea Selatan", "asserted")},
     {{0}},
     {E("Seoul", "Place")},
     {{0}},
     0},
    {"metonymy", /* the seller is Washington, not the subject Beijing */
     {"Beijing mengecam Washington atas penjualan senjata ke Taiwan."},
     {F("China", "criticized", "Amerika Serikat", "asserted"),
      F("Amerika Serikat", "suppliedArmsTo", "Taiwan", "asserted")},
     {F("China", "suppliedArmsTo", "Taiwan", NULL)},
     {{0}},
     {{0}},
     0},
    /* ---- status ---- */
    {"status", /* planned: berjanji untuk */
     {"Kanselir Austria Markus Hofbauer berjanji untuk mengunjungi Vietnam tahun depan."},
     {F("Markus Hofbauer", "leaderOf", "Austria", "asserted"),
      F("Markus Hofbauer", "visited", "Vietnam", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* planned: dijadwalkan */
     {"Presiden Kenya William Ruto dijadwalkan mengunjungi Tanzania pada Agustus 2024."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      FD("William Ruto", "visited", "Tanzania", "planned", "2024-08")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* planned: berencana */
     {"Turki berencana mengirim pasukan ke Libya."},
     {F("Turki", "deployedTroopsTo", "Libya", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* planned: mempertimbangkan */
     {"Jepang mempertimbangkan untuk menjatuhkan sanksi terhadap Myanmar."},
     {F("Jepang", "sanctioned", "Myanmar", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* planned: berjanji, an aid noun */
     {"Norwegia berjanji untuk memberikan bantuan kepada Sudan."},
     {F("Norwegia", "providedAidTo", "Sudan", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* negated: tidak */
     {"Swiss tidak mengirim pasukan ke Afghanistan."},
     {F("Swiss", "deployedTroopsTo", "Afghanistan", "negated")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* negated: belum */
     {"Kanada belum mengakui Palestina."},
     {F("Kanada", "recognized", "Palestina", "negated")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status",
     {"Vietnam tidak mengecam Rusia."},
     {F("Vietnam", "criticized", "Rusia", "negated")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* an accusation: asserted, and the claim alleged */
     {"Israel menuduh Iran memasok senjata kepada Suriah."},
     {FC("Israel", "accused", "Iran", "asserted", "-"),
      FC("Iran", "suppliedArmsTo", "Suriah", "alleged", "Israel")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* the same with an armed group: suppliedArmsTo is State -> State */
     {"Israel menuduh Iran memasok senjata kepada Hizbullah."},
     {F("Israel", "accused", "Iran", "asserted")},
     {{0}},
     {E("Hizbullah", "Organization")},
     {{0}},
     0},
    {"status", /* a third party's report, and its accusation of the one who acts */
     {"Amerika Serikat mengatakan bahwa Rusia mengirim senjata ke Sudan."},
     {FC("Rusia", "suppliedArmsTo", "Sudan", "alleged", "Amerika Serikat"),
      F("Amerika Serikat", "accused", "Rusia", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* a denial of the claim of the sentence before */
     {"Arab Saudi menuduh Iran menyerang Yaman. Iran membantah tuduhan tersebut."},
     {F("Arab Saudi", "accused", "Iran", "asserted"),
      FC("Iran", "attacked", "Yaman", "alleged", "Arab Saudi"),
      FC("Iran", "attacked", "Yaman", "denied", "Iran")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* a denial in the same sentence */
     {"Thailand membantah telah mengirim senjata ke Myanmar."},
     {FC("Thailand", "suppliedArmsTo", "Myanmar", "denied", "Thailand")},
     {{0}},
     {{0}},
     {{0}},
     0},

    {"status", /* "diduga": alleged, by nobody named */
     {"Israel diduga menyerang Suriah."},
     {FC("Israel", "attacked", "Suriah", "alleged", "-")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "perjanjian" (agreement) is not "janji" (a promise) */
     {"Rusia, sesuai perjanjian itu, mengirim pasukan ke Suriah."},
     {F("Rusia", "deployedTroopsTo", "Suriah", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status",
     {"Norwegia dan Swedia menandatangani perjanjian kerja sama militer pada 2021."},
     {FD("Norwegia", "militaryCooperation", "Swedia", "asserted", "2021"),
      /* the agreement they signed, unnamed: known by its parties and year */
      FD("Norwegia", "partyTo", "perjanjian kerja sama militer Norwegia\u2013Swedia 2021", "asserted",
         "2021"),
      FD("Swedia", "partyTo", "perjanjian kerja sama militer Norwegia\u2013Swedia 2021", "asserted",
         "2021")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status",
     {"Jepang memberikan bantuan kepada Filipina berdasarkan perjanjian tahun 2020."},
     {F("Jepang", "providedAidTo", "Filipina", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* hearsay: "menurut laporan" */
     {"Menurut laporan Reuters, Iran mengirim drone ke Rusia."},
     {F("Iran", "suppliedArmsTo", "Rusia", "alleged")},
     {{0}},
     {E("Reuters", "Organization")},
     {{0}},
     0},
    {"status",
     {"Menurut laporan intelijen Korea Selatan, Korea Utara memasok peluru artileri kepada "
      "Rusia."},
     {F("Korea Utara", "suppliedArmsTo", "Rusia", "alleged")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "menurut data": a source of figures, not a claim */
     {"Menurut data Bank Dunia, Vietnam mengekspor beras ke Filipina."},
     {F("Vietnam", "exportsTo", "Filipina", "asserted")},
     {{0}},
     {E("Bank Dunia", "Organization")},
     {{0}},
     0},
    {"status",
     {"Menurut data bea cukai China, Rusia mengekspor minyak ke India pada 2023."},
     {FD("Rusia", "exportsTo", "India", "asserted", "2023")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "Menurut X," makes the rest X's claim, and X's accusation */
     {"Menurut Inggris, Iran memasok drone kepada Rusia."},
     {FC("Iran", "suppliedArmsTo", "Rusia", "alleged", "Inggris"),
      F("Inggris", "accused", "Iran", "asserted")},
     {F("Inggris", "suppliedArmsTo", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"status", /* a report verb after the clause: ", kata Israel" */
     {"Traktat Non-Proliferasi Nuklir dilanggar oleh Iran, kata Israel."},
     {FC("Iran", "violated", "Traktat Nonproliferasi Nuklir", "alleged", "Israel"),
      F("Israel", "accused", "Iran", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    /* ---- captions, boilerplate and questions carry no facts ---- */
    {"boilerplate",
     {"Presiden Ghana John Mensah bertemu dengan Presiden Nigeria Bola Tinubu. (Foto: Reuters)"},
     {{0}},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"boilerplate",
     {"Presiden Ghana John Mensah mengunjungi Togo pada Mei 2024.\n\n"
      "Presiden Ghana John Mensah bertemu dengan Presiden Togo Faure Gnassingbe. (Foto: AP)\n\n"
      "BACA JUGA: Rusia mengirim pasukan ke Mali\n\n"
      "Apakah Rusia akan menyerang Polandia?\n"},
     {F("John Mensah", "leaderOf", "Ghana", "asserted"),
      FD("John Mensah", "visited", "Togo", "asserted", "2024-05")},
     {{0}},
     {{0}},
     {E("Mali", NULL)},
     0},
    {"boilerplate",
     {"Kenya mengirim pasukan ke Haiti pada 2024.\n\n"
      "Pilihan Editor: Rusia mengirim pasukan ke Mali\n\n"
      "Presiden Kuba Miguel Diaz-Canel bertemu Presiden Venezuela Nicolas Maduro (AP)\n"},
     {FD("Kenya", "deployedTroopsTo", "Haiti", "asserted", "2024")},
     {{0}},
     {{0}},
     {{0}},
     0},

    /* ---- other relation cues ---- */
    {"relations",
     {"Finlandia bergabung dengan NATO pada April 2023."},
     {FD("Finlandia", "memberOf", "NATO", "asserted", "2023-04")},
     {{0}},
     {E("NATO", "Organization")},
     {{0}},
     0},
    {"relations",
     {"India dan Prancis menggelar latihan militer bersama di Samudra Hindia."},
     {F("India", "militaryCooperation", "Prancis", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Etiopia berperang melawan Eritrea pada 1998."},
     {FD("Etiopia", "foughtAgainst", "Eritrea", "asserted", "1998")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Islandia mengakui Palestina pada 2011."},
     {FD("Islandia", "recognized", "Palestina", "asserted", "2011")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Brasil mengirim bantuan kemanusiaan kepada Haiti."},
     {F("Brasil", "providedAidTo", "Haiti", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Turki mengekspor gandum ke Mesir."},
     {F("Turki", "exportsTo", "Mesir", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations", /* opposing an embargo is not imposing it (the embargo is a regime of its own) */
     {"Kolombia menentang embargo terhadap Kuba."},
     {F("Kolombia", "opposes", "embargo terhadap Kuba", "asserted")},
     {F("Kolombia", "sanctioned", "Kuba", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations", /* "menemukan" (to find) is no meeting */
     {"Tim investigasi Ukraina menemukan rudal Korea Utara di Kharkiv."},
     {{0}},
     {F("Ukraina", "metWith", "Korea Utara", NULL)},
     {E("Kharkiv", "Place")},
     {{0}},
     0},
    {"relations",
     {"Menteri Luar Negeri Jepang Yoko Kamikawa menemukan jejak peretas Korea Utara."},
     {F("Yoko Kamikawa", "officialOf", "Jepang", "asserted")},
     {F("Yoko Kamikawa", "metWith", "Korea Utara", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations", /* "menemui" (to go and meet) is one */
     {"Menteri Luar Negeri Jepang Yoko Kamikawa menemui Presiden Ghana John Mensah pada Senin."},
     {F("Yoko Kamikawa", "officialOf", "Jepang", "asserted"),
      F("John Mensah", "leaderOf", "Ghana", "asserted"),
      F("Yoko Kamikawa", "metWith", "John Mensah", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Iran menemui Arab Saudi di Beijing."},
     {F("Iran", "metWith", "Arab Saudi", "asserted")},
     {{0}},
     {E("Beijing", "Place")},
     {{0}},
     0},
    {"relations", /* an export restriction is no export */
     {"Pembatasan ekspor beras India ke Bangladesh berlaku sejak 2023."},
     {{0}},
     {F("India", "exportsTo", "Bangladesh", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"China memberlakukan pembatasan ekspor chip ke Jepang."},
     {{0}},
     {F("China", "exportsTo", "Jepang", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations", /* a state does not visit itself */
     {"Delegasi Jepang tiba di Tokyo."},
     {{0}},
     {F("Jepang", "visited", "Jepang", NULL)},
     {E("Tokyo", "Place")},
     {{0}},
     0},
    {"relations", /* nor support its own leader */
     {"Jepang mendukung Perdana Menteri Jepang Fumio Kishida."},
     {F("Fumio Kishida", "leaderOf", "Jepang", "asserted")},
     {F("Jepang", "supports", "Fumio Kishida", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations", /* nor meet its own minister */
     {"Pemerintah Kanada bertemu dengan Menteri Luar Negeri Kanada Melanie Joly."},
     {F("Mélanie Joly", "officialOf", "Kanada", "asserted")},
     {F("Kanada", "metWith", "Mélanie Joly", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Kanada mendukung Kanada."},
     {{0}},
     {F("Kanada", "supports", "Kanada", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations", /* "mitra dagang terbesar X" */
     {"Amerika Serikat merupakan mitra dagang terbesar Meksiko."},
     {F("Amerika Serikat", "tradesWith", "Meksiko", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},

    /* ---- from known_gaps, fixed ---- */
    {"role", /* "Duta Besar X untuk Y Name" */
     {"Duta Besar Swedia untuk Indonesia Erik Lindqvist menghadiri acara itu."},
     {F("Erik Lindqvist", "officialOf", "Swedia", "asserted")},
     {{0}},
     {E("Erik Lindqvist", "Person")},
     {{0}},
     0},
    {"passive", /* a place inside an agreement's name is not its state acting */
     {"Perjanjian Paris ditandatangani oleh Jerman."},
     {F("Jerman", "partyTo", "Perjanjian Paris", "asserted")},
     {{0}},
     {E("Perjanjian Paris", "Agreement")},
     {E("Prancis", NULL)},
     0},
    {"passive", /* "Perjanjian itu ... oleh kedua negara": both references resolved */
     {"India dan Pakistan merundingkan Perjanjian Simla pada 1972. Perjanjian itu "
      "ditandatangani oleh kedua negara di Shimla."},
     {FD("India", "metWith", "Pakistan", "asserted", "1972"),
      F("India", "partyTo", "Perjanjian Simla", "asserted"),
      F("Pakistan", "partyTo", "Perjanjian Simla", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"passive", /* two titled agents after "oleh": each signer stands for its state */
     {"Perjanjian Simla ditandatangani oleh Perdana Menteri India Indira Gandhi dan Presiden "
      "Pakistan Zulfikar Ali Bhutto."},
     {F("Indira Gandhi", "leaderOf", "India", "asserted"),
      F("Zulfikar Ali Bhutto", "leaderOf", "Pakistan", "asserted"),
      F("India", "partyTo", "Perjanjian Simla", "asserted"),
      F("Pakistan", "partyTo", "Perjanjian Simla", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"coordination", /* two titled subjects: each does it, not only the second */
     {"Presiden Kenya William Ruto dan Presiden Tanzania Samia Suluhu Hassan mengecam Sudan."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("Samia Suluhu Hassan", "leaderOf", "Tanzania", "asserted"),
      F("William Ruto", "criticized", "Sudan", "asserted"),
      F("Samia Suluhu Hassan", "criticized", "Sudan", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination", /* the same with a signing: both states are parties */
     {"Presiden Vietnam To Lam dan Presiden Laos Thongloun Sisoulith menandatangani Perjanjian "
      "Mekong pada 2024."},
     {F("To Lam", "leaderOf", "Vietnam", "asserted"),
      F("Thongloun Sisoulith", "leaderOf", "Laos", "asserted"),
      FD("Vietnam", "partyTo", "Perjanjian Mekong", "asserted", "2024"),
      FD("Laos", "partyTo", "Perjanjian Mekong", "asserted", "2024")},
     {{0}},
     {{0}},
     {{0}},
     1},
    {"shortname", /* a family name many share, after a bare title: no entity "Kim" */
     {"Presiden Kim mengunjungi Rusia."},
     {{0}},
     {{0}},
     {E("Rusia", "State")},
     {E("Kim", NULL)},
     0},
    {"role", /* "menerima X di <capital>": a host meeting a guest who visits */
     {"Presiden Rusia Vladimir Putin menerima Pemimpin Korea Utara Kim Jong Un di Moskow."},
     {F("Vladimir Putin", "leaderOf", "Rusia", "asserted"),
      F("Kim Jong Un", "leaderOf", "Korea Utara", "asserted"),
      F("Vladimir Putin", "metWith", "Kim Jong Un", "asserted"),
      F("Kim Jong Un", "visited", "Rusia", "asserted")},
     {{0}},
     {E("Moskow", "Place")},
     {{0}},
     0},

    {"agreement", /* an agreement described in another year than the one named before is
                   * another one, known also by what it is for; a prevented signing is
                   * negated */
     {"Pada 2001, Indonesia dan Nigeria menandatangani Perjanjian Kerjasama Teknik dan Ekonomi. "
      "Pada Februari 2013 kedua negara menyepakati perjanjian untuk pemeliharaan pesawat dan "
      "maskapai penerbangan senilai milyaran dollar.",
      "Sengketa itu mencegah Rusia dan Jepang menandatangani perjanjian damai."},
     {F("Indonesia", "partyTo", "Perjanjian Kerjasama Teknik dan Ekonomi", "asserted"),
      F("Nigeria", "partyTo", "Perjanjian Kerjasama Teknik dan Ekonomi", "asserted"),
      F("Indonesia", "partyTo", "perjanjian Indonesia–Nigeria 2013", "asserted"),
      F("Nigeria", "partyTo", "perjanjian Indonesia–Nigeria 2013", "asserted"),
      F("Rusia", "partyTo", "perjanjian damai Jepang–Rusia", "negated"),
      F("Jepang", "partyTo", "perjanjian damai Jepang–Rusia", "negated")},
     {{0}},
     {E("perjanjian Indonesia–Nigeria 2013 = perjanjian untuk pemeliharaan pesawat dan maskapai penerbangan",
        "Agreement")},
     {{0}},
     0},
    {"agreement", /* must not: the same year keeps the described one the named one */
     {"Pada 2001, Indonesia dan Nigeria menandatangani Perjanjian Kerjasama Teknik dan Ekonomi. "
      "Pada Maret 2001 kedua negara menyepakati perjanjian untuk kerja sama teknik."},
     {F("Indonesia", "partyTo", "Perjanjian Kerjasama Teknik dan Ekonomi", "asserted"),
      F("Nigeria", "partyTo", "Perjanjian Kerjasama Teknik dan Ekonomi", "asserted")},
     {{0}},
     {{0}},
     {E("perjanjian Indonesia–Nigeria 2001", NULL)},
     0},
    {"agreement", /* membership of a pact is being party to it; the agreement the lexicon knows
                   * by the name after the common noun; "kedua negara" after a sentence that
                   * names exactly two states */
     {"Anggota ANZUS terdiri dari Australia, Selandia Baru, dan Amerika Serikat.",
      "Indonesia dan Vietnam tergabung dalam kesepakatan Kemitraan Transisi Energi yang Adil.",
      "Indonesia dan Australia bertemu di Canberra. Jepang merupakan mitra dagang terbesar "
      "Indonesia. Kedua negara menandatangani perjanjian transfer teknologi pada 2025."},
     {F("Australia", "partyTo", "ANZUS", "asserted"), F("Selandia Baru", "partyTo", "ANZUS", "asserted"),
      F("Amerika Serikat", "partyTo", "ANZUS", "asserted"),
      F("Vietnam", "partyTo", "Kemitraan Transisi Energi yang Adil", "asserted"),
      F("Jepang", "partyTo", "perjanjian transfer teknologi Indonesia–Jepang 2025", "asserted")},
     {F("Australia", "memberOf", "ANZUS", NULL),
      F("Australia", "partyTo", "perjanjian transfer teknologi Australia–Indonesia 2025", NULL)},
     {{0}},
     {E("kesepakatan Indonesia–Vietnam", NULL)},
     1},
    {"agreement", /* must not: a body is no pact; "kedua pemimpin" are the leaders named before,
                   * not the states of the sentence before */
     {"Indonesia adalah anggota ASEAN.",
      "Presiden Turki Recep Tayyip Erdogan menerima Presiden Ukraina Volodymyr Zelensky di Ankara. "
      "Rusia menghargai peran Ankara. Kedua pemimpin bertemu lagi di Istanbul."},
     {F("Indonesia", "memberOf", "ASEAN", "asserted")},
     {F("Indonesia", "partyTo", "ASEAN", NULL), F("Rusia", "metWith", "Turki", NULL)},
     {{0}},
     {{0}},
     1},
    /* ---- named agreements: "dengan" a state, "antara A dan B", "terikat", "diteken" ---- */
    {"agreement", /* the subject and the state after "dengan" are both parties */
     {"Jepang memperbarui Perjanjian Perikanan Laut Timur dengan Korea Selatan pada 2019."},
     {FD("Jepang", "partyTo", "Perjanjian Perikanan Laut Timur", "asserted", "2019"),
      FD("Korea Selatan", "partyTo", "Perjanjian Perikanan Laut Timur", "asserted", "2019")},
     {{0}},
     {E("Perjanjian Perikanan Laut Timur", "Agreement")},
     {{0}},
     0},
    {"agreement",
     {"Mesir membekukan Perjanjian Gas Sinai dengan Israel pada Oktober 2023."},
     {FD("Mesir", "partyTo", "Perjanjian Gas Sinai", "asserted", "2023-10"),
      FD("Israel", "partyTo", "Perjanjian Gas Sinai", "asserted", "2023-10")},
     {{0}},
     {E("Perjanjian Gas Sinai", "Agreement")},
     {{0}},
     0},
    {"agreement", /* a titled subject: its state is the party */
     {"Perdana Menteri Thailand Srettha Thavisin membatalkan Perjanjian Teluk Siam dengan "
      "Kamboja."},
     {F("Srettha Thavisin", "leaderOf", "Thailand", "asserted"),
      F("Thailand", "partyTo", "Perjanjian Teluk Siam", "asserted"),
      F("Kamboja", "partyTo", "Perjanjian Teluk Siam", "asserted")},
     {{0}},
     {E("Perjanjian Teluk Siam", "Agreement")},
     {{0}},
     0},
    {"agreement", /* "pakta ... antara A dan B" */
     {"Pakta Keamanan Laut Arafura antara Australia dan Papua Nugini mulai berlaku tahun ini."},
     {F("Australia", "partyTo", "Pakta Keamanan Laut Arafura", "asserted"),
      F("Papua Nugini", "partyTo", "Pakta Keamanan Laut Arafura", "asserted")},
     {{0}},
     {E("Pakta Keamanan Laut Arafura", "Agreement")},
     {{0}},
     0},
    {"agreement",
     {"Pakta Non-Agresi Baltik antara Estonia dan Latvia berakhir pada 1940."},
     {F("Estonia", "partyTo", "Pakta Non-Agresi Baltik", "asserted"),
      F("Latvia", "partyTo", "Pakta Non-Agresi Baltik", "asserted")},
     {{0}},
     {E("Pakta Non-Agresi Baltik", "Agreement")},
     {{0}},
     0},
    {"agreement", /* "terikat Perjanjian X" */
     {"Norwegia terikat Perjanjian Svalbard sejak 1925."},
     {F("Norwegia", "partyTo", "Perjanjian Svalbard", "asserted")},
     {{0}},
     {E("Perjanjian Svalbard", "Agreement")},
     {{0}},
     0},
    {"agreement",
     {"Kazakhstan tetap terikat Traktat Semipalatinsk."},
     {F("Kazakhstan", "partyTo", "Traktat Semipalatinsk", "asserted")},
     {{0}},
     {E("Traktat Semipalatinsk", "Agreement")},
     {{0}},
     0},
    {"agreement", /* "diteken oleh" like "ditandatangani oleh" */
     {"Perjanjian Teluk Benggala diteken oleh Bangladesh dan Myanmar pada 2012."},
     {FD("Bangladesh", "partyTo", "Perjanjian Teluk Benggala", "asserted", "2012"),
      FD("Myanmar", "partyTo", "Perjanjian Teluk Benggala", "asserted", "2012")},
     {{0}},
     {E("Perjanjian Teluk Benggala", "Agreement")},
     {{0}},
     0},
    {"agreement", /* "yang diteken A dan B" */
     {"Konvensi Sungai Nil yang diteken Mesir dan Sudan berlaku sejak 1959."},
     {F("Mesir", "partyTo", "Konvensi Sungai Nil", "asserted"),
      F("Sudan", "partyTo", "Konvensi Sungai Nil", "asserted")},
     {{0}},
     {E("Konvensi Sungai Nil", "Agreement")},
     {{0}},
     0},
    {"agreement", /* active "meneken" */
     {"Vietnam dan Kamboja meneken Perjanjian Perbatasan Mekong pada Mei 2019."},
     {FD("Vietnam", "partyTo", "Perjanjian Perbatasan Mekong", "asserted", "2019-05"),
      FD("Kamboja", "partyTo", "Perjanjian Perbatasan Mekong", "asserted", "2019-05")},
     {{0}},
     {E("Perjanjian Perbatasan Mekong", "Agreement")},
     {{0}},
     0},

    /* ---- meetings in one party's state are visits; hosts ---- */
    {"visit", /* met in the second person's state: the first visited it */
     {"Presiden Kenya William Ruto bertemu dengan Presiden Turki Recep Tayyip Erdogan di "
      "Ankara pada Kamis."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("Recep Tayyip Erdogan", "leaderOf", "Turki", "asserted"),
      F("William Ruto", "metWith", "Recep Tayyip Erdogan", "asserted"),
      F("William Ruto", "visited", "Turki", "asserted")},
     {F("Recep Tayyip Erdogan", "visited", "Turki", NULL),
      F("Recep Tayyip Erdogan", "visited", "Kenya", NULL)},
     {E("Ankara", "Place")},
     {E("Kamis", NULL), E("Ankara", "State")},
     0},
    {"visit", /* the same meeting in the first person's state */
     {"Presiden Kenya William Ruto bertemu dengan Presiden Turki Recep Tayyip Erdogan di "
      "Nairobi."},
     {F("William Ruto", "leaderOf", "Kenya", "asserted"),
      F("Recep Tayyip Erdogan", "leaderOf", "Turki", "asserted"),
      F("William Ruto", "metWith", "Recep Tayyip Erdogan", "asserted"),
      F("Recep Tayyip Erdogan", "visited", "Kenya", "asserted")},
     {F("William Ruto", "visited", "Kenya", NULL), F("William Ruto", "visited", "Turki", NULL)},
     {E("Nairobi", "Place")},
     {{0}},
     0},
    {"visit", /* in a third state: neither visited the other's */
     {"Presiden Kenya William Ruto bertemu dengan Presiden Turki Recep Tayyip Erdogan di "
      "Paris."},
     {F("William Ruto", "metWith", "Recep Tayyip Erdogan", "asserted")},
     {F("William Ruto", "visited", "Turki", NULL),
      F("Recep Tayyip Erdogan", "visited", "Kenya", NULL)},
     {E("Paris", "Place")},
     {{0}},
     1},
    {"visit", /* a host who "menerima" a guest at home */
     {"Perdana Menteri Vietnam Pham Minh Chinh menerima Menteri Luar Negeri Australia Penny "
      "Wong di Hanoi."},
     {F("Pham Minh Chinh", "leaderOf", "Vietnam", "asserted"),
      F("Penny Wong", "officialOf", "Australia", "asserted"),
      F("Pham Minh Chinh", "metWith", "Penny Wong", "asserted"),
      F("Penny Wong", "visited", "Vietnam", "asserted")},
     {F("Pham Minh Chinh", "visited", "Vietnam", NULL)},
     {E("Hanoi", "Place")},
     {{0}},
     0},
    {"visit",
     {"Raja Yordania Abdullah II menerima Menteri Luar Negeri Mesir Badr Abdelatty di Amman."},
     {F("Abdullah II", "leaderOf", "Yordania", "asserted"),
      F("Badr Abdelatty", "officialOf", "Mesir", "asserted"),
      F("Abdullah II", "metWith", "Badr Abdelatty", "asserted"),
      F("Badr Abdelatty", "visited", "Yordania", "asserted")},
     {{0}},
     {E("Amman", "Place")},
     {{0}},
     0},
    {"visit", /* "menjamu" */
     {"Perdana Menteri Malaysia Anwar Ibrahim menjamu Presiden Indonesia Prabowo Subianto di "
      "Putrajaya pada Senin."},
     {F("Anwar Ibrahim", "leaderOf", "Malaysia", "asserted"),
      F("Prabowo Subianto", "leaderOf", "Indonesia", "asserted"),
      F("Anwar Ibrahim", "metWith", "Prabowo Subianto", "asserted"),
      F("Prabowo Subianto", "visited", "Malaysia", "asserted")},
     {F("Anwar Ibrahim", "visited", "Malaysia", NULL)},
     {E("Putrajaya", "Place")},
     {E("Senin", NULL)},
     0},
    {"visit", /* "menerima bantuan" receives aid, not a guest */
     {"Presiden Ukraina Volodymyr Zelensky menerima bantuan militer dari Jerman."},
     {F("Volodymyr Zelensky", "leaderOf", "Ukraina", "asserted"),
      F("Jerman", "providedAidTo", "Ukraina", "asserted")},
     {F("Volodymyr Zelensky", "metWith", "Jerman", NULL)},
     {{0}},
     {{0}},
     0},

    /* ---- alliances and membership: apposition and copula ---- */
    {"alliance", /* "X, sekutu terdekat Y," */
     {"Jepang, sekutu terdekat Amerika Serikat, mengecam Korea Utara pada Senin."},
     {F("Jepang", "alliedWith", "Amerika Serikat", "asserted"),
      F("Jepang", "criticized", "Korea Utara", "asserted")},
     {F("Amerika Serikat", "criticized", "Korea Utara", NULL)},
     {{0}},
     {{0}},
     0},
    {"alliance", /* "X merupakan sekutu dekat Y" */
     {"Filipina merupakan sekutu dekat Amerika Serikat."},
     {F("Filipina", "alliedWith", "Amerika Serikat", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"alliance", /* "X dan Y adalah sekutu dekat" */
     {"Inggris dan Australia adalah sekutu dekat."},
     {F("Inggris", "alliedWith", "Australia", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"alliance",
     {"Korea Selatan dan Amerika Serikat adalah sekutu."},
     {F("Korea Selatan", "alliedWith", "Amerika Serikat", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"alliance", /* "X adalah anggota Y" */
     {"Polandia adalah anggota NATO."},
     {F("Polandia", "memberOf", "NATO", "asserted")},
     {{0}},
     {E("NATO", "Organization")},
     {{0}},
     0},
    {"alliance",
     {"Hongaria adalah anggota Uni Eropa dan NATO."},
     {F("Hongaria", "memberOf", "Uni Eropa", "asserted"),
      F("Hongaria", "memberOf", "NATO", "asserted")},
     {{0}},
     {E("Uni Eropa", "Organization")},
     {{0}},
     0},

    /* ---- government bodies act for their state; their officials; scholars ---- */
    {"govbody",
     {"Departemen Keuangan AS menjatuhkan sanksi terhadap Venezuela pada Maret 2024."},
     {FD("Amerika Serikat", "sanctioned", "Venezuela", "asserted", "2024-03")},
     {F("Departemen Keuangan AS", "sanctioned", "Venezuela", NULL)},
     {E("Departemen Keuangan AS", "Organization"), E("Amerika Serikat", "State")},
     {{0}},
     0},
    {"govbody",
     {"Kementerian Pertahanan Jerman mengirim senjata ke Ukraina."},
     {F("Jerman", "suppliedArmsTo", "Ukraina", "asserted")},
     {{0}},
     {E("Kementerian Pertahanan Jerman", "Organization")},
     {{0}},
     0},
    {"govbody",
     {"Kementerian Luar Negeri Korea Selatan mengirim bantuan kemanusiaan kepada Turki."},
     {F("Korea Selatan", "providedAidTo", "Turki", "asserted")},
     {{0}},
     {E("Kementerian Luar Negeri Korea Selatan", "Organization")},
     {{0}},
     0},
    {"govbody", /* an official of a state body is an official of the state too */
     {"Sekretaris Dewan Keamanan Rusia Sergei Shoigu mengunjungi Iran pada Juni."},
     {F("Sergei Shoigu", "officialOf", "Dewan Keamanan Rusia", "asserted"),
      F("Sergei Shoigu", "officialOf", "Rusia", "asserted"),
      F("Sergei Shoigu", "visited", "Iran", "asserted")},
     {{0}},
     {E("Dewan Keamanan Rusia", "Organization"), E("Sergei Shoigu", "Person")},
     {E("Juni", NULL)},
     0},
    {"govbody",
     {"Juru bicara Kementerian Luar Negeri Jepang Kenji Ito mengecam Korea Utara."},
     {F("Kenji Ito", "officialOf", "Kementerian Luar Negeri Jepang", "asserted"),
      F("Kenji Ito", "officialOf", "Jepang", "asserted"),
      F("Kenji Ito", "criticized", "Korea Utara", "asserted")},
     {{0}},
     {E("Kenji Ito", "Person")},
     {{0}},
     0},
    {"govbody", /* a body named in full resolves to the lexicon's entry */
     {"Direktur Badan Intelijen Pusat AS William Burns mengunjungi Mesir."},
     {F("William Burns", "leaderOf", "CIA", "asserted"),
      F("William Burns", "officialOf", "Amerika Serikat", "asserted"),
      F("William Burns", "visited", "Mesir", "asserted")},
     {{0}},
     {E("CIA", "Organization")},
     {{0}},
     0},
    {"govbody", /* a university: affiliatedWith */
     {"Profesor Universitas Harvard Stephen Walt mengecam Israel."},
     {F("Stephen Walt", "affiliatedWith", "Universitas Harvard", "asserted"),
      F("Stephen Walt", "criticized", "Israel", "asserted")},
     {{0}},
     {E("Universitas Harvard", "Organization")},
     {{0}},
     0},
    {"govbody", /* a think tank by its acronym */
     {"Peneliti CSIS Evan Laksmana mengecam Myanmar."},
     {F("Evan Laksmana", "affiliatedWith", "Center for Strategic and International Studies",
        "asserted"),
      F("Evan Laksmana", "criticized", "Myanmar", "asserted")},
     {{0}},
     {E("Evan Laksmana", "Person")},
     {{0}},
     0},
    {"govbody",
     {"Analis Lowy Institute Susannah Patton menilai China menekan Filipina."},
     {F("Susannah Patton", "affiliatedWith", "Lowy Institute", "asserted")},
     {F("Susannah Patton", "officialOf", "Lowy Institute", NULL)},
     {E("Lowy Institute", "Organization"), E("Susannah Patton", "Person")},
     {{0}},
     0},

    /* ---- status: conditions, refusals, non-denials, sources, reports ---- */
    {"status", /* "jika": the condition is planned, like the consequence with "akan" */
     {"Jika Rusia menyerang Moldova, Rumania akan mendukung Moldova."},
     {F("Rusia", "attacked", "Moldova", "planned"), F("Rumania", "supports", "Moldova", "planned")},
     {F("Rusia", "attacked", "Moldova", "asserted")},
     {{0}},
     {{0}},
     0},
    {"status", /* "apabila" after the main clause */
     {"Polandia siap mengirim pasukan ke Lituania apabila Belarus menyerang Lituania."},
     {F("Polandia", "deployedTroopsTo", "Lituania", "planned"),
      F("Belarus", "attacked", "Lituania", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "menolak mengecam": the criticism is negated (and no opposes: see below) */
     {"Hongaria menolak mengecam Rusia."},
     {F("Hongaria", "criticized", "Rusia", "negated")},
     {F("Hongaria", "criticized", "Rusia", "asserted")},
     {{0}},
     {{0}},
     1},
    {"status",
     {"India menolak mengecam invasi Rusia ke Ukraina."},
     {F("India", "criticized", "Rusia", "negated"), F("Rusia", "attacked", "Ukraina", "asserted")},
     {F("India", "criticized", "Rusia", "asserted")},
     {{0}},
     {{0}},
     1},
    {"status", /* "tidak membantah": no denial; the claim stays alleged */
     {"Belarus tidak membantah tuduhan bahwa Belarus mengirim amunisi ke Rusia."},
     {F("Belarus", "suppliedArmsTo", "Rusia", "alleged")},
     {F("Belarus", "suppliedArmsTo", "Rusia", "denied"),
      F("Belarus", "suppliedArmsTo", "Rusia", "negated")},
     {{0}},
     {{0}},
     0},
    {"status", /* a report not denied: no denied mention, whatever else */
     {"Pyongyang tidak membantah laporan bahwa Korea Utara mengirim tentara ke Rusia."},
     {F("Korea Utara", "deployedTroopsTo", "Rusia", NULL)},
     {F("Korea Utara", "deployedTroopsTo", "Rusia", "denied"),
      F("Korea Utara", "deployedTroopsTo", "Rusia", "negated")},
     {{0}},
     {E("Pyongyang", NULL)},
     0},
    {"status", /* "menurut intelijen ...": hearsay */
     {"Menurut intelijen Ukraina, Belarus mengirim amunisi ke Rusia."},
     {F("Belarus", "suppliedArmsTo", "Rusia", "alleged")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "menurut laporan kantor berita ..." */
     {"Menurut laporan kantor berita Yonhap, Korea Utara mengirim tentara ke Rusia."},
     {F("Korea Utara", "deployedTroopsTo", "Rusia", "alleged")},
     {{0}},
     {E("Yonhap", "Organization")},
     {{0}},
     0},
    {"status", /* "menurut data ...": figures, asserted */
     {"Menurut data PBB, Ukraina mengekspor gandum ke Mesir pada 2021."},
     {FD("Ukraina", "exportsTo", "Mesir", "asserted", "2021")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status",
     {"Menurut data Kementerian Perdagangan, Indonesia mengekspor batu bara ke India."},
     {F("Indonesia", "exportsTo", "India", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "menurut kementerian itu": a government body's word is alleged */
     {"Kementerian Luar Negeri Israel mengeluarkan pernyataan pada Senin. Menurut kementerian "
      "itu, Iran memasok rudal kepada Suriah."},
     {FC("Iran", "suppliedArmsTo", "Suriah", "alleged", "Kementerian Luar Negeri Israel"),
      F("Kementerian Luar Negeri Israel", "accused", "Iran", "asserted")},
     {{0}},
     {E("Kementerian Luar Negeri Israel", "Organization")},
     {{0}},
     0},
    {"status", /* the same with the body named */
     {"Menurut Kementerian Pertahanan Inggris, Iran memasok drone kepada Rusia."},
     {FC("Iran", "suppliedArmsTo", "Rusia", "alleged", "Kementerian Pertahanan Inggris"),
      F("Kementerian Pertahanan Inggris", "accused", "Iran", "asserted")},
     {F("Inggris", "suppliedArmsTo", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"status", /* "X mengatakan dukungannya ...": X's own support, stated, not reported */
     {"Jerman mengatakan dukungannya kepada Ukraina tidak akan berkurang."},
     {FC("Jerman", "supports", "Ukraina", "asserted", "-")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status",
     {"Perdana Menteri Jepang Fumio Kishida mengatakan dukungannya kepada Filipina tetap kuat."},
     {F("Fumio Kishida", "leaderOf", "Jepang", "asserted"),
      FC("Fumio Kishida", "supports", "Filipina", "asserted", "-")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"status", /* "X mengatakan bahwa ... dukungan Y": a noun reached through "bahwa" */
     {"Jerman mengatakan bahwa dukungan Iran kepada Rusia membahayakan Eropa."},
     {FC("Iran", "supports", "Rusia", "alleged", "Jerman")},
     {{0}},
     {{0}},
     {{0}},
     0},

    /* ---- coordination across titles; "ketiga negara"; companions ---- */
    {"coordination",
     {"Menteri Luar Negeri Chile Javiera Soto dan Menteri Luar Negeri Peru Elmer Schialer "
      "mengecam Venezuela."},
     {F("Javiera Soto", "officialOf", "Chile", "asserted"),
      F("Elmer Schialer", "officialOf", "Peru", "asserted"),
      F("Javiera Soto", "criticized", "Venezuela", "asserted"),
      F("Elmer Schialer", "criticized", "Venezuela", "asserted")},
     {{0}},
     {E("Javiera Soto", "Person"), E("Elmer Schialer", "Person")},
     {{0}},
     0},
    {"coordination",
     {"Presiden Ghana John Mensah dan Presiden Nigeria Bola Tinubu mengunjungi Togo pada Mei "
      "2024."},
     {F("John Mensah", "leaderOf", "Ghana", "asserted"),
      F("Bola Tinubu", "leaderOf", "Nigeria", "asserted"),
      FD("John Mensah", "visited", "Togo", "asserted", "2024-05"),
      FD("Bola Tinubu", "visited", "Togo", "asserted", "2024-05")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"coordination", /* "ketiga negara": the three named before */
     {"Jepang, Korea Selatan, dan Amerika Serikat bertemu pada Jumat. Ketiga negara mengecam "
      "Korea Utara."},
     {F("Jepang", "metWith", "Korea Selatan", "asserted"),
      F("Jepang", "metWith", "Amerika Serikat", "asserted"),
      F("Korea Selatan", "metWith", "Amerika Serikat", "asserted"),
      F("Jepang", "criticized", "Korea Utara", "asserted"),
      F("Korea Selatan", "criticized", "Korea Utara", "asserted"),
      F("Amerika Serikat", "criticized", "Korea Utara", "asserted")},
     {{0}},
     {{0}},
     {E("Jumat", NULL)},
     0},
    {"coordination",
     {"Swedia, Norwegia, dan Finlandia mengirim bantuan kepada Ukraina. Ketiga negara juga "
      "mengecam Rusia."},
     {F("Swedia", "providedAidTo", "Ukraina", "asserted"),
      F("Norwegia", "providedAidTo", "Ukraina", "asserted"),
      F("Finlandia", "providedAidTo", "Ukraina", "asserted"),
      F("Swedia", "criticized", "Rusia", "asserted"),
      F("Norwegia", "criticized", "Rusia", "asserted"),
      F("Finlandia", "criticized", "Rusia", "asserted")},
     {F("Ukraina", "criticized", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"coordination", /* a companion "bersama ..." after a visit verb visits too */
     {"Presiden Korea Selatan Yoon Suk Yeol mengunjungi Polandia bersama Menteri Pertahanan "
      "Korea Selatan Shin Won-sik."},
     {F("Yoon Suk Yeol", "leaderOf", "Korea Selatan", "asserted"),
      F("Shin Won-sik", "officialOf", "Korea Selatan", "asserted"),
      F("Yoon Suk Yeol", "visited", "Polandia", "asserted"),
      F("Shin Won-sik", "visited", "Polandia", "asserted")},
     {{0}},
     {E("Shin Won-sik", "Person")},
     {{0}},
     0},
    {"coordination",
     {"Perdana Menteri Jepang Fumio Kishida tiba di Canberra bersama Menteri Luar Negeri Jepang "
      "Yoko Kamikawa."},
     {F("Fumio Kishida", "leaderOf", "Jepang", "asserted"),
      F("Yoko Kamikawa", "officialOf", "Jepang", "asserted"),
      F("Fumio Kishida", "visited", "Australia", "asserted"),
      F("Yoko Kamikawa", "visited", "Australia", "asserted")},
     {F("Fumio Kishida", "metWith", "Yoko Kamikawa", NULL)},
     {E("Canberra", "Place")},
     {{0}},
     0},

    /* ---- places: datelines, unknown names, days and months, exercises ---- */
    {"places", /* a dateline: the city is where the news was filed, no actor */
     {"SEOUL, KOMPAS.com - Korea Utara mengecam Jepang pada Selasa."},
     {F("Korea Utara", "criticized", "Jepang", "asserted")},
     {{0}},
     {E("Seoul", "Place")},
     {E("Korea Selatan", NULL), E("Selasa", NULL)},
     0},
    {"places",
     {"TOKYO, KOMPAS.com - China memprotes Filipina pada Januari."},
     {F("China", "criticized", "Filipina", "asserted")},
     {{0}},
     {E("Tokyo", "Place")},
     {E("Jepang", NULL), E("Januari", NULL)},
     0},
    {"places", /* an unknown name after "pelabuhan" */
     {"Kapal perang China berlabuh di pelabuhan Ream pada Desember 2023."},
     {{0}},
     {{0}},
     {E("Ream", "Place"), E("China", "State")},
     {E("Desember", NULL)},
     0},
    {"places",
     {"Sri Lanka menyewakan pelabuhan Hambantota kepada China."},
     {{0}},
     {{0}},
     {E("Hambantota", "Place")},
     {{0}},
     0},
    {"places", /* an unknown name after "kota"; a leader in his own state visits nobody */
     {"Presiden Ukraina Volodymyr Zelensky mengunjungi kota Zolochiv pada Minggu."},
     {F("Volodymyr Zelensky", "leaderOf", "Ukraina", "asserted")},
     {F("Volodymyr Zelensky", "visited", "Ukraina", NULL)},
     {E("Zolochiv", "Place")},
     {E("Minggu", NULL)},
     0},
    {"places", /* an unknown name after "di" */
     {"Menteri Luar Negeri Jepang Yoko Kamikawa bertemu dengan Menteri Luar Negeri Ghana Samuel "
      "Ablakwa di Takoradi."},
     {F("Yoko Kamikawa", "officialOf", "Jepang", "asserted"),
      F("Samuel Ablakwa", "officialOf", "Ghana", "asserted"),
      F("Yoko Kamikawa", "metWith", "Samuel Ablakwa", "asserted")},
     {{0}},
     {E("Takoradi", "Place")},
     {{0}},
     1},
    {"places", /* days and months are no entities */
     {"Korea Utara meluncurkan rudal pada Minggu, 5 Januari 2025."},
     {{0}},
     {{0}},
     {E("Korea Utara", "State")},
     {E("Minggu", NULL), E("Januari", NULL)},
     0},
    {"places",
     {"Menteri Pertahanan Australia Richard Marles tiba di Darwin pada Rabu, 12 Juni 2024."},
     {F("Richard Marles", "officialOf", "Australia", "asserted")},
     {F("Richard Marles", "visited", "Australia", NULL)},
     {E("Darwin", "Place")},
     {E("Rabu", NULL), E("Juni", NULL)},
     0},
    {"places", /* a named exercise after "latihan militer bersama" */
     {"Amerika Serikat dan Filipina menggelar latihan militer bersama Balikatan di Luzon pada "
      "April 2024."},
     {FD("Amerika Serikat", "militaryCooperation", "Filipina", "asserted", "2024-04")},
     {{0}},
     {E("Balikatan", "Event"), E("Luzon", "Place")},
     {E("April", NULL)},
     0},
    {"places",
     {"India dan Jepang menggelar latihan militer bersama Dharma Guardian di Belgaum."},
     {F("India", "militaryCooperation", "Jepang", "asserted")},
     {{0}},
     {E("Dharma Guardian", "Event"), E("Belgaum", "Place")},
     {{0}},
     0},

    /* ---- "sejak negara-negara Barat menjatuhkan sanksi": nobody named is the sanctioner ---- */
    {"relations",
     {"Presiden China Xi Jinping mengunjungi Rusia dua kali sejak negara-negara Barat "
      "menjatuhkan sanksi terhadap Rusia."},
     {F("Xi Jinping", "leaderOf", "China", "asserted"),
      F("Xi Jinping", "visited", "Rusia", "asserted")},
     {F("China", "sanctioned", "Rusia", NULL), F("Xi Jinping", "sanctioned", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Rusia mengekspor minyak ke India sejak negara-negara Barat menjatuhkan sanksi terhadap "
      "Moskow."},
     {F("Rusia", "exportsTo", "India", "asserted")},
     {F("India", "sanctioned", "Rusia", NULL), F("Rusia", "sanctioned", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    {"relations",
     {"Perdagangan Turki dengan Rusia meningkat sejak negara-negara Barat menjatuhkan sanksi "
      "terhadap Rusia pada 2022."},
     {F("Turki", "tradesWith", "Rusia", "asserted")},
     {F("Turki", "sanctioned", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (name particles, "apabila", "mengirim bantuan") ---- */
    {"role", /* a lower-case particle inside a name: "Alberto van Klaveren" */
     {"Menteri Luar Negeri Chile Alberto van Klaveren bertemu dengan Menteri Luar Negeri "
      "Vietnam Bui Thanh Son di Hanoi."},
     {F("Alberto van Klaveren", "officialOf", "Chile", "asserted"),
      F("Bui Thanh Son", "officialOf", "Vietnam", "asserted"),
      F("Alberto van Klaveren", "metWith", "Bui Thanh Son", "asserted"),
      F("Alberto van Klaveren", "visited", "Vietnam", "asserted")},
     {{0}},
     {E("Alberto van Klaveren", "Person"), E("Hanoi", "Place")},
     {E("Alberto", NULL)},
     0},
    {"status", /* "Apabila" opening the sentence: the condition is planned */
     {"Apabila Rusia menyerang Moldova, Rumania akan mendukung Moldova."},
     {F("Rusia", "attacked", "Moldova", "planned"), F("Rumania", "supports", "Moldova", "planned")},
     {{0}},
     {{0}},
     {{0}},
     0},
    {"relations", /* "mengirim bantuan ke" as well as "kepada" */
     {"Swedia mengirim bantuan ke Ukraina."},
     {F("Swedia", "providedAidTo", "Ukraina", "asserted")},
     {{0}},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a verb complement has no object) ---- */
    {"status", /* "menolak mengecam X": refusing to condemn X is no opposition to X */
     {"Armenia menolak mengecam Iran."},
     {F("Armenia", "criticized", "Iran", "negated")},
     {F("Armenia", "opposes", "Iran", NULL)},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (words before a denial qualify the denial) ---- */
    {"status", /* "tidak membantah telah ...": the "tidak" negates the denial, not the act */
     {"Iran tidak membantah telah mengirim drone ke Rusia."},
     {F("Iran", "suppliedArmsTo", "Rusia", NULL)},
     {F("Iran", "suppliedArmsTo", "Rusia", "negated"),
      F("Iran", "suppliedArmsTo", "Rusia", "denied")},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a stateless place located by the place after di) ---- */
    {"places", /* an unknown city "di Ukraina": the attack is on Ukraina */
     {"Rusia menyerang kota Zolochiv di Ukraina."},
     {F("Rusia", "attacked", "Ukraina", "asserted")},
     {{0}},
     {E("Zolochiv", "Place")},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a name inside an apposition does not act) ---- */
    {"alliance", /* "X, anggota Y,": X stays the subject of the verb after it */
     {"Turki, anggota NATO, mengecam Swedia."},
     {F("Turki", "memberOf", "NATO", "asserted"), F("Turki", "criticized", "Swedia", "asserted")},
     {F("NATO", "criticized", "Swedia", NULL)},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a deputy prefix before any title) ---- */
    {"govbody", /* "Wakil Sekretaris Dewan Keamanan Rusia Name" */
     {"Menteri Luar Negeri Jepang Yoko Kamikawa bertemu dengan Wakil Sekretaris Dewan Keamanan "
      "Rusia Alexander Venediktov."},
     {F("Yoko Kamikawa", "officialOf", "Jepang", "asserted"),
      F("Alexander Venediktov", "officialOf", "Dewan Keamanan Rusia", "asserted"),
      F("Alexander Venediktov", "officialOf", "Rusia", "asserted"),
      F("Yoko Kamikawa", "metWith", "Alexander Venediktov", "asserted")},
     {{0}},
     {E("Alexander Venediktov", "Person")},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (English head words and connectors in a body's name) ---- */
    {"govbody", /* a think tank's English name with "for" and "and"; spelled "Centre" it is
                 * the Jakarta centre (the lexicon's "CSIS Indonesia"), not the one in Washington */
     {"Peneliti Centre for Strategic and International Studies Evan Laksmana mengecam Myanmar."},
     {F("Evan Laksmana", "affiliatedWith", "CSIS Indonesia", "asserted"),
      F("Evan Laksmana", "criticized", "Myanmar", "asserted")},
     {{0}},
     {E("Evan Laksmana", "Person")},
     {E("Centre", NULL)},
     0},
    /* ---- from known_gaps, fixed (a bought or imported noun with dari) ---- */
    {"relations", /* the noun "impor ... dari": the seller exports */
     {"China meningkatkan impor minyak dari Rusia sejak negara-negara Barat menjatuhkan sanksi "
      "terhadap Rusia."},
     {F("Rusia", "exportsTo", "China", "asserted")},
     {F("China", "sanctioned", "Rusia", NULL)},
     {{0}},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a place inside an act's name is its object) ---- */
    {"nominal", /* annexation of a region: the object is the region's state */
     {"Aneksasi Krimea oleh Rusia pada 2014 dikecam oleh banyak negara."},
     {FD("Rusia", "annexed", "Ukraina", "asserted", "2014")},
     {{0}},
     {E("Krimea", "Place")},
     {{0}},
     0},
    /* ---- from known_gaps, fixed (a new body's name before a person's) ---- */
    {"role", /* a new body's English name followed by a person's name, with no state between */
     {"Peneliti Institute for Security and Development Policy Niklas Swanstrom mengecam China."},
     {F("Niklas Swanstrom", "affiliatedWith", "Institute for Security and Development Policy",
        "asserted"),
      F("Niklas Swanstrom", "criticized", "China", "asserted")},
     {{0}},
     {E("Niklas Swanstrom", "Person"),
      E("Institute for Security and Development Policy", "Organization")},
     {{0}},
     0},

    {"status", /* a hostile act that a person outside it reports is their claim and their
                * accusation; a portfolio "untuk Urusan ..." and where the post is stand
                * between a title and its holder */
     {"Wakil Menteri Luar Negeri Amerika untuk Urusan Eropa dan Eurasia Victoria Nuland "
      "mengatakan kepada Kongres AS bahwa Rusia mengirim ribuan tentara ke Ukraina. Komandan "
      "Pasukan Amerika di Eropa, Letnan Jenderal Ben Hodges, mengecam Rusia."},
     {F("Victoria Nuland", "officialOf", "Amerika Serikat", "asserted"),
      FC("Rusia", "deployedTroopsTo", "Ukraina", "alleged", "Victoria Nuland"),
      F("Victoria Nuland", "accused", "Rusia", "asserted"),
      F("Ben Hodges", "officialOf", "Amerika Serikat", "asserted"),
      F("Ben Hodges", "criticized", "Rusia", "asserted")},
     {{0}}, {{0}}, {E("Eurasia Victoria Nuland", NULL), E("Letnan Jenderal Ben Hodges", NULL)}, 1},
    {"status", /* must not: a party reporting its own act, or a friendly act, is no claim */
     {"Menteri Pertahanan Rusia Sergei Shoigu mengatakan bahwa Rusia mengirim tentara ke Suriah. "
      "Menlu Retno Marsudi mengatakan bahwa Jepang memberikan bantuan kepada Filipina."},
     {F("Sergei Shoigu", "officialOf", "Rusia", "asserted"),
      F("Rusia", "deployedTroopsTo", "Suriah", "asserted"),
      F("Jepang", "providedAidTo", "Filipina", "asserted")},
     {F("Sergei Shoigu", "accused", "Rusia", NULL), F("Retno Marsudi", "accused", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* a place that opens the sentence is where they met; after a quotation
               * "ia" is its speaker */
     {"Di Peru, Menteri Luar Negeri Amerika Mike Pompeo bertemu dengan Presiden Martin Vizcarra. "
      "\u201cMaduro telah menghancurkan bangsa ini,\u201d ujar Pompeo. Ia juga mengecam Maduro."},
     {F("Mike Pompeo", "visited", "Peru", "asserted"),
      F("Mike Pompeo", "criticized", "Nicol\u00e1s Maduro", "asserted")},
     {F("Nicol\u00e1s Maduro", "criticized", "Nicol\u00e1s Maduro", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a summoned ambassador, a meeting as a noun */
     {"Di Seoul, Wakil Menteri Luar Negeri Korea Selatan Kim Hong-kyun memanggil Duta Besar Rusia "
      "Georgy Zinoviev. Kini di Taiwan, rakyat mempertanyakan pertemuan Presiden China Xi Jinping "
      "dengan Presiden Taiwan Ma Ying-jeou."},
     {{0}},
     {F("Georgy Zinoviev", "visited", "Korea Selatan", NULL), F("Xi Jinping", "visited", "Taiwan", NULL)},
     {{0}}, {{0}}, 1},
    {"coordination", /* a fronted "selepas" clause has the main clause's subject */
     {"Selepas melakukan pertemuan bilateral dengan Perdana Menteri Kepulauan Solomon Rick "
      "Houenipwela, Presiden Joko Widodo menuju APEC Haus."},
     {F("Joko Widodo", "metWith", "Rick Houenipwela", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* names after "kecuali" are left out of what the clause says */
     {"Enam dari sembilan negara, semuanya kecuali Azerbaijan, Georgia, dan Uzbekistan, setuju "
      "untuk membentuk aliansi militer. Indonesia melaksanakan konfrontasi melawan Malaysia."},
     {F("Indonesia", "opposes", "Malaysia", "asserted")},
     {F("Azerbaijan", "alliedWith", "Georgia", NULL), F("Georgia", "alliedWith", "Uzbekistan", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* "yang menurut NATO telah dilanggar oleh Rusia": the relative's head, a
                * claim by the body that says so */
     {"Stoltenberg menyerukan agar Rusia mematuhi Traktat INF, yang menurut NATO telah dilanggar "
      "oleh Rusia."},
     {FC("Rusia", "violated", "Perjanjian INF", "alleged", "NATO")},
     {{0}}, {{0}}, {{0}}, 1},
    {"status", /* a bill that would allow an act: planned */
     {"Parlemen akan memungut suara mengenai RUU yang memungkinkan Turki mengirim pasukan ke "
      "Libya."},
     {F("Turki", "deployedTroopsTo", "Libya", "planned")},
     {F("Turki", "deployedTroopsTo", "Libya", "asserted")}, {{0}}, {{0}}, 1},
    {"status", /* a claim governs its own clause, not the next one with its own subject */
     {"Filipina mengklaim Sabah, dan Jakarta memprotes hasil kerja Komisi Cobbold. Rusia "
      "mengklaim bahwa Ukraina menyerang Rusia."},
     {F("Indonesia", "criticized", "Komisi Cobbold", "asserted"),
      F("Ukraina", "attacked", "Rusia", "alleged")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* a second verb past a relative clause's own and its object is the
                      * main clause's; the judged object did what "karena" gives */
     {"Iran yang berpenduduk mayoritas warga Muslim Syiah mengecam Arab Saudi karena mengirim "
      "tentara ke Bahrain."},
     {F("Iran", "criticized", "Arab Saudi", "asserted"),
      F("Arab Saudi", "deployedTroopsTo", "Bahrain", "asserted")},
     {F("Iran", "deployedTroopsTo", "Bahrain", NULL)}, {{0}}, {{0}}, 0},
    {"coordination", /* must not: two verbs in a row inside the relative clause */
     {"Negara yang menolak membayar iuran itu, Venezuela, mengecam Kolombia."},
     {F("Venezuela", "criticized", "Kolombia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* states listed in brackets after a body are its members */
     {"Perjanjian itu ditandatangani oleh Kekuatan Sentral (Jerman, Austria-Hungaria, Bulgaria, dan "
      "Kekaisaran Utsmaniyah)."},
     {F("Jerman", "memberOf", "Kekuatan Sentral", "asserted"),
      F("Bulgaria", "memberOf", "Kekuatan Sentral", "asserted")},
     {{0}}, {E("Kekuatan Sentral", "Organization")}, {{0}}, 1},
    {"relations", /* must not: a place in brackets, one state in brackets */
     {"PBB (New York) bersidang. NATO (Belgia) mengecam Rusia."},
     {{0}},
     {F("Belgia", "memberOf", "NATO", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a colon lists the members of "anggota X"; "kelompok ini" is the body
                   * last named */
     {"Iran tidak boleh campur tangan dalam urusan enam negara anggota GCC: Arab Saudi, Bahrain, "
      "Kuwait, Oman, Qatar dan Uni Emirat Arab. Kelompok ini juga mengecam Iran."},
     {F("Arab Saudi", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Bahrain", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Kuwait", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Oman", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Qatar", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Uni Emirat Arab", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Dewan Kerja Sama Teluk", "criticized", "Iran", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a colon that introduces a quotation lists no members */
     {"Menteri Luar Negeri Iran mengatakan kepada anggota GCC: Arab Saudi harus mundur."},
     {{0}},
     {F("Arab Saudi", "memberOf", "Dewan Kerja Sama Teluk", NULL)}, {{0}}, {{0}}, 1},
    {"coordination", /* a clause of manner after a comma has the main clause's subject,
                      * past a noun built like a passive verb ("diplomatik") */
     {"Arab Saudi dan Mesir telah mengumumkan pemutusan hubungan diplomatik dengan Qatar, "
      "dengan menuduh Qatar membantu terorisme."},
     {F("Arab Saudi", "accused", "Qatar", "asserted"), F("Mesir", "accused", "Qatar", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a clause with its own subject keeps it */
     {"Arab Saudi memutuskan hubungan dengan Qatar, dan Mesir mengecam Iran."},
     {F("Mesir", "criticized", "Iran", "asserted")},
     {F("Arab Saudi", "criticized", "Iran", NULL), F("Qatar", "criticized", "Iran", NULL)},
     {{0}}, {{0}}, 1},
    {"coordination", /* two verbs joined right after the cue share its object */
     {"Indonesia mendukung dan membantu pembangunan kembali Afganistan. Menlu Retno Marsudi "
      "bertemu dan berbicara dengan Menlu Jepang Yoko Kamikawa."},
     {F("Indonesia", "supports", "Afghanistan", "asserted"),
      F("Retno Marsudi", "metWith", "Yoko Kamikawa", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a verb joined after the object does not take it back */
     {"Indonesia mendukung Palestina dan mengecam Israel."},
     {F("Indonesia", "supports", "Palestina", "asserted"),
      F("Indonesia", "criticized", "Israel", "asserted")},
     {F("Indonesia", "supports", "Israel", NULL), F("Indonesia", "criticized", "Palestina", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* a coalition named by the state that leads it has that state as a
                   * member; a state's part in a body makes it a member */
     {"Koalisi pimpinan Arab Saudi menyerang Yaman. Kerry memuji peran Mesir dalam koalisi "
      "pimpinan AS."},
     {F("Arab Saudi", "memberOf", "Koalisi pimpinan Arab Saudi", "asserted"),
      F("Arab Saudi", "attacked", "Yaman", "asserted"),
      F("Amerika Serikat", "memberOf", "koalisi pimpinan AS", "asserted"),
      F("Mesir", "memberOf", "koalisi pimpinan AS", "asserted")},
     {{0}}, {E("Koalisi pimpinan Arab Saudi", "Organization")}, {{0}}, 1},
    {"relations", /* must not: a part in a war, a coalition led by no state */
     {"Mesir berperan dalam perang itu. Koalisi pimpinan oposisi mengecam Suriah."},
     {{0}},
     {F("Mesir", "memberOf", "perang", NULL)}, {{0}}, {E("Koalisi pimpinan oposisi", NULL)}, 1},
    {"relations", /* Timor Timur is the land Indonesia invaded and annexed; recognising it
                   * as a province recognises no state */
     {"Pasukan militer Indonesia menginvasi Timor Timur pada tanggal 7 Desember 1975. Indonesia "
      "kemudian menggabungkan Timor Timur sebagai provinsinya yang ke-27. Australia mengakui Timor "
      "Timur sebagai provinsi Indonesia."},
     {F("Indonesia", "attacked", "Timor Leste", "asserted"),
      F("Indonesia", "annexed", "Timor Leste", "asserted")},
     {F("Australia", "recognized", "Timor Leste", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: merging forces is no annexation; recognising a state is */
     {"Australia menggabungkan kekuatan dengan Jepang. Australia mengakui Timor Leste sebagai "
      "negara merdeka."},
     {F("Australia", "recognized", "Timor Leste", "asserted")},
     {F("Australia", "annexed", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* troops of a state that stay in another: deployed there; hostilities
                   * with a state: fighting it */
     {"Sementara itu, pasukan Rusia masih tetap berada di Georgia. Rusia mengakhiri permusuhan "
      "dengan Georgia."},
     {F("Rusia", "deployedTroopsTo", "Georgia", "asserted"),
      F("Rusia", "foughtAgainst", "Georgia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a minister (with "Pertahanan" in the title) who is somewhere */
     {"Menteri Pertahanan AS Leon Panetta berada di Indonesia. Iran adalah musuh Israel."},
     {{0}},
     {F("Amerika Serikat", "deployedTroopsTo", "Indonesia", NULL),
      F("Iran", "foughtAgainst", "Israel", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* states that battle ("bertarung") fight each other */
     {"Tiongkok dan Vietnam bertarung dalam perang perbatasan dari 1979 sampai 1990."},
     {F("China", "foughtAgainst", "Vietnam", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a state that battles a disease or an idea */
     {"Indonesia bertarung melawan pandemi. Vietnam bertarung untuk kemerdekaannya."},
     {{0}},
     {F("Indonesia", "foughtAgainst", "Vietnam", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* negotiations between states: a meeting */
     {"Australia dan Indonesia memulai negosiasi untuk membagi sumber daya."},
     {F("Australia", "metWith", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: states that discuss a matter have not met for it */
     {"Burundi dan Uganda juga membahas peningkatan jumlah tentara mereka."},
     {{0}},
     {F("Burundi", "metWith", "Uganda", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* leaving, withdrawing from or cancelling an agreement opposes it */
     {"AS mundur dari Perjanjian INF. Rusia menarik diri dari Perjanjian INF. Jepang meninggalkan "
      "Perjanjian INF. Amerika membatalkan Perjanjian INF."},
     {F("Amerika Serikat", "opposes", "Perjanjian INF", "asserted"),
      F("Rusia", "opposes", "Perjanjian INF", "asserted"),
      F("Jepang", "opposes", "Perjanjian INF", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: troops withdrawn, a state left, an agreement cancelled as a noun */
     {"Indonesia menarik pasukan dari Libanon. Presiden meninggalkan Jepang. Jerman mengumumkan "
      "pembatalan perjanjian layanan udara dengan Teheran."},
     {{0}},
     {F("Indonesia", "opposes", "Lebanon", NULL), F("Jerman", "opposes", "Iran", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* shelling posts in a state attacks it; the airline is a company */
     {"Amerika Serikat menuduh Rusia menembaki pos-pos militer di Ukraina timur."},
     {F("Amerika Serikat", "accused", "Rusia", "asserted"),
      F("Rusia", "attacked", "Ukraina", "alleged")},
     {{0}}, {{0}}, {{0}}, 0},
    {"relations", /* must not: firing a missile into a sea, shooting down an airliner */
     {"Korea Utara menembakkan rudal ke Laut Jepang. Pemberontak menembak jatuh pesawat "
      "Malaysia Airlines."},
     {{0}},
     {F("Korea Utara", "attacked", "Jepang", NULL)}, {E("Malaysia Airlines", "Organization")},
     {{0}}, 1},
    {"relations", /* a state in talks with states meets them; people talk in groups */
     {"Filipina memperkuat militernya. Negara itu juga dalam pembicaraan dengan Italia dan Korea "
      "Selatan untuk mendapat pesawat."},
     {F("Filipina", "metWith", "Italia", "asserted"),
      F("Filipina", "metWith", "Korea Selatan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: states that join talks are not each paired */
     {"Tiongkok, Jepang, Amerika dan Rusia bergabung dengan Korea Utara dalam pembicaraan itu."},
     {{0}},
     {F("Tiongkok", "metWith", "Jepang", NULL), F("Amerika Serikat", "metWith", "Rusia", NULL),
      F("China", "metWith", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* "bekerja sama" and "bekerjasama" as verbs, in defence: military cooperation */
     {"Australia dan Amerika Serikat bekerjasama dalam hal pertahanan. Indonesia bekerja sama "
      "dengan Jepang di bidang pertahanan."},
     {F("Australia", "militaryCooperation", "Amerika Serikat", "asserted"),
      F("Indonesia", "militaryCooperation", "Jepang", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: cooperation in another field is no military cooperation */
     {"Indonesia bekerja sama dengan Jepang di bidang pendidikan."},
     {{0}},
     {F("Indonesia", "militaryCooperation", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* a contract two states sign is an agreement between them */
     {"Australia dan Korea Selatan menandatangani kontrak pertahanan 720 juta dolar."},
     {F("Australia", "partyTo", "kontrak pertahanan Australia\u2013Korea Selatan", "asserted"),
      F("Korea Selatan", "partyTo", "kontrak pertahanan Australia\u2013Korea Selatan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* the words that describe an unnamed agreement are one of its names */
     {"Pada 2015, China dan Rusia menandatangani persetujuan tahun 2015 di Wina."},
     {F("China", "partyTo", "persetujuan China\u2013Rusia 2015", "asserted"),
      F("Rusia", "partyTo", "persetujuan China\u2013Rusia 2015", "asserted")},
     {{0}}, {E("persetujuan China\u2013Rusia 2015 = persetujuan tahun 2015", "Agreement")},
     {{0}}, 1},
    {"agreement", /* an agreement the text describes is the one it names with a party in
                   * common */
     {"Australia dan Jepang menandatangani perjanjian pertahanan bersejarah pada Kamis. "
      "Perjanjian Akses Timbal Balik ditandatangani oleh Australia dan Jepang."},
     {F("Australia", "partyTo", "Perjanjian Akses Timbal Balik", "asserted"),
      F("Jepang", "partyTo", "Perjanjian Akses Timbal Balik", "asserted")},
     {F("Australia", "partyTo", "perjanjian pertahanan Australia\u2013Jepang", NULL)},
     {{0}}, {E("perjanjian pertahanan Australia\u2013Jepang", NULL)}, 1},
    {"agreement", /* must not: named agreements of other parties stay apart */
     {"Australia dan Jepang menandatangani perjanjian pertahanan pada Kamis. Perjanjian "
      "Portsmouth ditandatangani oleh Rusia dan Jepang. Perjanjian Paris ditandatangani oleh "
      "Prancis dan Australia."},
     {F("Australia", "partyTo", "perjanjian pertahanan Australia\u2013Jepang", "asserted"),
      F("Jepang", "partyTo", "perjanjian pertahanan Australia\u2013Jepang", "asserted")},
     {{0}}, {E("perjanjian pertahanan Australia\u2013Jepang", "Agreement")}, {{0}}, 1},
    {"agreement", /* with no party in common, the one agreement named by the same head
                   * noun (in a headline) is the one described */
     {"Korea Selatan, Jepang Capai Persetujuan Pertukaran Intelijen\n\nJepang dan Korea "
      "Selatan menandatangani persetujuan hari Rabu. China menentang persetujuan itu."},
     {F("Jepang", "partyTo", "Persetujuan Pertukaran Intelijen", "asserted"),
      F("Korea Selatan", "partyTo", "Persetujuan Pertukaran Intelijen", "asserted")},
     {F("Jepang", "partyTo", "persetujuan Jepang\u2013Korea Selatan", NULL)},
     {{0}}, {E("persetujuan Jepang\u2013Korea Selatan", NULL)}, 1},
    {"agreement", /* must not: two named by that head, or one by another head, stay apart
                   * (and so does one the lexicon knows: the next case) */
     {"Persetujuan Kerja Sama Maritim dan Persetujuan Kerja Sama Energi dibahas. Jepang dan "
      "Korea Selatan menandatangani persetujuan hari Rabu. Traktat Persahabatan Baru juga "
      "dibahas. Rusia dan China menandatangani perjanjian pada Kamis."},
     {F("Jepang", "partyTo", "persetujuan Jepang\u2013Korea Selatan", "asserted"),
      F("Rusia", "partyTo", "perjanjian China\u2013Rusia", "asserted")},
     {F("Jepang", "partyTo", "Persetujuan Kerja Sama Maritim", NULL),
      F("Rusia", "partyTo", "Traktat Persahabatan Baru", NULL)},
     {{0}}, {{0}}, 1},
    {"agreement", /* must not: a treaty the lexicon knows is history, not the one signed */
     {"Persetujuan Oslo dikenang. Kanada dan Meksiko menandatangani persetujuan pada Jumat."},
     {F("Kanada", "partyTo", "persetujuan Kanada\u2013Meksiko", "asserted")},
     {F("Kanada", "partyTo", "Perjanjian Oslo", NULL)}, {{0}}, {{0}}, 1},
    {"roles", /* a person named with the state they come from acts for it */
     {"Menhan bertemu AVM. Nigel Maddox dari Inggris dan Deng Xijun dari China."},
     {F("Nigel Maddox", "officialOf", "Inggris", "asserted"),
      F("Deng Xijun", "officialOf", "China", "asserted")},
     {{0}}, {E("Nigel Maddox", "Person"), E("Deng Xijun", "Person")}, {{0}}, 1},
    {"roles", /* must not: an analyst is from a state, a president leads it, a state named
               * by the title wins, and "dari" after a verb is where one came from */
     {"Pengamat Ahmad Subianto dari Indonesia hadir. Presiden Ahmed Tayeb dari Mesir tiba. "
      "Menteri Luar Negeri Jepang Taro Kono dari Tokyo tiba. Wang Yi pulang dari Rusia."},
     {F("Ahmed Tayeb", "leaderOf", "Mesir", "asserted")},
     {F("Ahmad Subianto", "officialOf", "Indonesia", NULL), F("Ahmed Tayeb", "officialOf", "Mesir", NULL),
      F("Wang Yi", "officialOf", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* a passive relative clause is about the noun before "yang": a common
                   * noun there is no name further back */
     {"Arab Saudi memimpin aliansi melawan pasukan militan Syiah yang didukung Iran."},
     {{0}},
     {F("Iran", "supports", "Arab Saudi", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not lose: a name before "yang", a copula's predicate noun, an
                   * agreement's name */
     {"Pejuang Houthi yang didukung Iran mengaku bertanggung jawab. Perjanjian New York adalah "
      "perjanjian yang ditandatangani oleh Belanda dan Indonesia. Kedua pihak membahas Perjanjian "
      "Kemitraan Strategis Komprehensif yang ditandatangani Korea Utara dan Rusia."},
     {F("Iran", "supports", "Houthi", "asserted"), F("Belanda", "partyTo", "Perjanjian New York", "asserted"),
      F("Indonesia", "partyTo", "Perjanjian New York", "asserted"),
      F("Rusia", "partyTo", "Perjanjian Kemitraan Strategis Komprehensif", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* who seeks or receives support does not give it; its genitive does */
     {"Pompeo berkunjung untuk meraih dukungan bagi sikap Presiden Donald Trump. Korea Utara "
      "meraih dukungan Rusia yang besar."},
     {F("Rusia", "supports", "Korea Utara", "asserted")},
     {F("Mike Pompeo", "supports", "Donald Trump", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a giver's verb keeps its subject as the agent */
     {"Jepang memberikan dukungan bagi Ukraina."},
     {F("Jepang", "supports", "Ukraina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* a list closed by "dan negara lain" is a list */
     {"India membeli senjata dari AS, Prancis, Jerman, dan negara lain."},
     {F("Amerika Serikat", "suppliedArmsTo", "India", "asserted"),
      F("Prancis", "suppliedArmsTo", "India", "asserted"), F("Jerman", "suppliedArmsTo", "India", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: without its conjunction a comma is an apposition */
     {"India membeli senjata dari AS, Prancis mengecam, dan negara lain diam."},
     {F("Amerika Serikat", "suppliedArmsTo", "India", "asserted")},
     {F("Prancis", "suppliedArmsTo", "India", NULL)}, {{0}}, {{0}}, 1},
    {"war", /* in a war with a state, against it */
     {"Vietnam pernah terlibat dalam perang perbatasan dengan China pada 1979. Mesir kalah dalam "
      "Perang Enam Hari dengan Israel pada tahun 1967."},
     {F("Vietnam", "foughtAgainst", "China", "asserted"), F("Mesir", "foughtAgainst", "Israel", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"war", /* must not: a trade war, or losing a match, is no fighting */
     {"Jepang terlibat dalam perang dagang dengan China. Indonesia kalah dengan Malaysia dalam "
      "pertandingan. Amerika Serikat mengumumkan perang tarif terhadap Kanada."},
     {{0}},
     {F("Jepang", "foughtAgainst", "China", NULL), F("Indonesia", "foughtAgainst", "Malaysia", NULL),
      F("Amerika Serikat", "foughtAgainst", "Kanada", NULL)}, {{0}}, {{0}}, 1},
    {"visits", /* "dilakukan oleh X": X made the visit the noun names */
     {"Kunjungan ke Jepang dilakukan oleh Presiden Joko Widodo pada 2015.",
      "Hubungan Indonesia\u2013Polandia\n\nHubungan Indonesia\u2013Polandia adalah hubungan "
      "bilateral antara Indonesia dan Polandia. Kunjungan balasan dari Polandia dilakukan oleh "
      "Presiden Aleksander Kwa\u015bniewski pada tahun 2004."},
     {F("Joko Widodo", "visited", "Jepang", "asserted"),
      F("Aleksander Kwa\u015bniewski", "visited", "Indonesia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: a person of another state does not make a state's visit, and
                * "dibatalkan oleh" names who cancelled it */
     {"Kunjungan dari Korea Selatan dilakukan oleh Menteri Luar Negeri Jepang Taro Kono.",
      "Kunjungan ke Jepang dibatalkan oleh Presiden Joko Widodo."},
     {{0}},
     {F("Taro Kono", "visited", "Korea Selatan", NULL), F("Joko Widodo", "visited", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"sanctions", /* a sanction on goods is on the state they come from */
     {"Sebelumnya Amerika sudah memberlakukan sanksi atas minyak dari Iran."},
     {F("Amerika Serikat", "sanctioned", "Iran", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"sanctions", /* must not: where the sanction was announced from is no target, and
                   * goods "dari" a place that is no state */
     {"Amerika menjatuhkan sanksi terhadap Iran dari Washington. Jepang memberlakukan sanksi "
      "atas minyak dari kapal tanker itu."},
     {F("Amerika Serikat", "sanctioned", "Iran", "asserted")},
     {F("Amerika Serikat", "sanctioned", "Washington", NULL)}, {{0}}, {{0}}, 1},
    {"roles", /* a minister's short title alone is the minister of that office last
               * named; a rank's full stop ends no sentence; a venue is no name */
     {"Menteri Pertahanan RI Ryamizard Ryacudu menerima tamu di Ruang Tamu Menhan JIEXpo "
      "Kemayoran Jakarta. Pertemuan Menhan selanjutnya dengan AVM. Nigel Maddox dari Inggris "
      "berlangsung."},
     {F("Ryamizard Ryacudu", "metWith", "Nigel Maddox", "asserted")},
     {{0}}, {E("Nigel Maddox", "Person")}, {E("JIEXpo Kemayoran", "Person")}, 1},
    {"roles", /* must not: "Menteri" alone names no office; another office's holder is
               * not the one meant */
     {"Menteri Luar Negeri Retno Marsudi tiba. Menteri bertemu Wang Yi. Menhan bertemu "
      "Lloyd Austin."},
     {{0}},
     {F("Retno Marsudi", "metWith", "Wang Yi", NULL), F("Retno Marsudi", "metWith", "Lloyd Austin", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* condemning a claim "dari X" condemns X, its source */
     {"Dewan Kerjasama Teluk mengecam tuduhan dari Iran terkait Arab Saudi."},
     {F("Dewan Kerja Sama Teluk", "criticized", "Iran", "asserted")},
     {F("Dewan Kerja Sama Teluk", "criticized", "Arab Saudi", NULL)}, {{0}}, {{0}}, 1},
    {"meetings", /* discussing something with someone is meeting them */
     {"Menteri Luar Negeri Retno Marsudi membahas situasi Myanmar dengan Menlu Jepang Taro Kono."},
     {F("Retno Marsudi", "metWith", "Taro Kono", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"meetings", /* must not: what is discussed is no one met, nor are two who each discuss */
     {"Menlu Retno Marsudi membahas situasi di Rusia. Burundi dan Uganda juga membahas untuk "
      "meningkatkan jumlah tentara mereka."},
     {{0}},
     {F("Retno Marsudi", "metWith", "Rusia", NULL), F("Burundi", "metWith", "Uganda", NULL)},
     {{0}}, {{0}}, 1},
    {"meetings", /* accompanied by someone of another state: they met */
     {"Menteri Luar Negeri Mesir Mohammed Kamel Amr didampingi Menlu Amerika, Hillary Clinton "
      "mengumumkan gencatan senjata."},
     {F("Hillary Clinton", "metWith", "Mohammed Kamel Amr", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"meetings", /* must not: accompanied by one's own minister, or by one of no known state */
     {"Presiden Joko Widodo didampingi Menteri Luar Negeri Indonesia Retno Marsudi. Presiden "
      "Prabowo Subianto didampingi Budi Santoso."},
     {{0}},
     {F("Joko Widodo", "metWith", "Retno Marsudi", NULL), F("Prabowo Subianto", "metWith", "Budi Santoso", NULL)},
     {E("Budi Santoso", "Person")}, {{0}}, 1},
    {"membership", /* the states that found a body are its members */
     {"ASEAN didirikan oleh Indonesia, Malaysia, Filipina, Singapura, dan Thailand pada 1967."},
     {F("Indonesia", "memberOf", "ASEAN", "asserted"), F("Thailand", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"membership", /* must not: a base founded is no body, nor does standing alone found one */
     {"Rusia mendirikan pangkalan militer di Suriah. Indonesia berdiri sendiri di ASEAN."},
     {{0}},
     {F("Rusia", "memberOf", "Suriah", NULL), F("Indonesia", "memberOf", "ASEAN", NULL)},
     {{0}}, {{0}}, 1},
    {"visits", /* a second destination after "dan" and the same preposition */
     {"Prabowo kemudian akan terbang ke Peru untuk menghadiri KTT APEC dan ke Brazil untuk "
      "mengikuti KTT G20."},
     {F("Prabowo Subianto", "visited", "Peru", "planned"), F("Prabowo Subianto", "visited", "Brasil", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visits", /* must not: past the sentence, or after another preposition */
     {"Jokowi berkunjung ke Jepang. Ia lalu pulang ke Indonesia. Obama tiba di Thailand dan "
      "dari Kamboja datang kabar."},
     {F("Joko Widodo", "visited", "Jepang", "asserted")},
     {F("Barack Obama", "visited", "Kamboja", NULL)}, {{0}}, {{0}}, 1},
    {"membership", /* "tergabung dalam" a body: a member */
     {"Indonesia tergabung dalam ASEAN sejak 1967."},
     {F("Indonesia", "memberOf", "ASEAN", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"membership", /* must not: merging a region into a state is no membership */
     {"Rusia menggabungkan Krimea ke dalam wilayahnya."},
     {{0}}, {F("Rusia", "memberOf", "Krimea", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* "antara A dengan B" after an agreement: both are parties */
     {"Persetujuan Roem-Royen merupakan hasil perundingan antara Indonesia dengan Belanda."},
     {F("Indonesia", "partyTo", "Perjanjian Roem-Royen", "asserted"),
      F("Belanda", "partyTo", "Perjanjian Roem-Royen", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: "dengan" far past the first party starts something else */
     {"Perjanjian Roem-Royen antara Indonesia ditandatangani di Jakarta dengan Belanda hadir."},
     {{0}}, {F("Belanda", "partyTo", "Perjanjian Roem-Royen", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* support "pada" a body's efforts supports the body; a faction word
                   * before a body's name is the body */
     {"Maroko marah mengingat dukungan Aljazair pada upaya gerilyawan Polisario untuk merdeka."},
     {F("Aljazair", "supports", "Front Polisario", "asserted")},
     {F("Aljazair", "supports", "Maroko", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: rebels of a state are not the state */
     {"Iran mendukung pemberontak Suriah."},
     {{0}}, {F("Iran", "supports", "Suriah", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a movement named after a state is not its government: helped, it
                   * is the one helped */
     {"Rusia membantu Gerakan Nasional Turki selama Perang Kemerdekaan Turki."},
     {F("Rusia", "supports", "Gerakan Nasional Turki", "asserted")},
     {F("Rusia", "supports", "Turki", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a ministry of a state still stands for it */
     {"Jepang membantu Kementerian Pertahanan Filipina."},
     {F("Jepang", "supports", "Filipina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* congratulations, not a welcome; a trip, not a road */
     {"Presiden Jokowi mengucapkan selamat kepada Presiden Prabowo. Perjalanan Presiden Jokowi "
      "ke Jepang berlangsung lancar."},
     {F("Joko Widodo", "congratulated", "Prabowo Subianto", "asserted"),
      F("Joko Widodo", "visited", "Jepang", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: "selamat datang" welcomes; "jalan raya ... ke China" is a road */
     {"Nigel Maddox dari Inggris mengucapkan selamat datang kepada Menteri Luar Negeri Retno "
      "Marsudi. Myanmar memperbaiki jalan raya jalur perdagangan ke China."},
     {{0}},
     {F("Nigel Maddox", "congratulated", "Retno Marsudi", NULL), F("Myanmar", "visited", "China", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* "pemerintah dukungan PBB" is the UN-backed government: neither the verb's
                   * subject nor the UN supports the other */
     {"Turki mengirim pasukan ke Libya untuk mendukung pemerintah dukungan PBB di Tripoli."},
     {F("Turki", "deployedTroopsTo", "Libya", "asserted")},
     {F("Turki", "supports", "Perserikatan Bangsa-Bangsa", NULL),
      F("Perserikatan Bangsa-Bangsa", "supports", "Turki", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* must not: a state's government is the state; support given is support */
     {"Rusia mendukung pemerintah Suriah. Indonesia menyampaikan dukungan terhadap Palestina."},
     {F("Rusia", "supports", "Suriah", "asserted"), F("Indonesia", "supports", "Palestina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a place where the head lies still names whose it is; and a
                   * rank's full stop ends no title */
     {"Rusia bersengketa dengan Jepang atas empat pulau di utara Hokkaido yang direbut Uni Soviet "
      "pada 1945. Pertemuan dengan AVM. Nigel Maddox dari Inggris berlangsung."},
     {F("Uni Soviet", "annexed", "Jepang", "asserted"), F("Nigel Maddox", "officialOf", "Inggris", "asserted")},
     {{0}}, {E("Nigel Maddox", "Person")}, {{0}}, 1},
    {"agreement", /* a treaty of friendship states the treaty, not an alliance */
     {"Perjanjian persahabatan pertama antara Afganistan dan Indonesia ditandatangani pada 1955."},
     {F("Indonesia", "partyTo", "perjanjian persahabatan Afghanistan\u2013Indonesia 1955", "asserted")},
     {F("Afghanistan", "alliedWith", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: friendship between two states, no treaty, still allies them */
     {"Persahabatan antara Jepang dan Filipina sangat erat."},
     {F("Jepang", "alliedWith", "Filipina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* one state in a treaty's name is where it was made; two are parties */
     {"Perjanjian Aljazair ditandatangani oleh Ethiopia dan Eritrea. Perjanjian Jepang-Korea "
      "ditandatangani pada 1905."},
     {F("Etiopia", "partyTo", "Perjanjian Aljazair", "asserted"),
      F("Eritrea", "partyTo", "Perjanjian Aljazair", "asserted")},
     {F("Aljazair", "partyTo", "Perjanjian Aljazair", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* a place after an agreement's kind names it, and is no party */
     {"Perjanjian perdamaian Minsk yang ditengahi Uni Eropa, didukung Rusia dan Ukraina."},
     {F("Rusia", "supports", "Perjanjian perdamaian Minsk", "asserted"),
      F("Ukraina", "supports", "Perjanjian perdamaian Minsk", "asserted")},
     {F("Belarus", "partyTo", "Perjanjian perdamaian Minsk", NULL)},
     {E("Perjanjian perdamaian Minsk", "Agreement")}, {{0}}, 1},
    {"status", /* a reported hostile act on a faction no name stands for: still an accusation */
     {"Komandan Pasukan Amerika di Eropa, Letnan Jenderal Ben Hodges, mengatakan tentara Rusia "
      "mendukung pemberontak di Ukraina timur."},
     {F("Ben Hodges", "accused", "Rusia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: said by an official of the one who acts, or support of no faction */
     {"Menteri Pertahanan Rusia Sergei Shoigu mengatakan tentara Rusia mendukung pemberontak di "
      "Ukraina timur. Letnan Jenderal Ben Hodges mengatakan Rusia mendukung perdamaian."},
     {{0}},
     {F("Sergei Shoigu", "accused", "Rusia", NULL), F("Ben Hodges", "accused", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"nominal", /* a back-reference to an act by its noun: "ajakan itu" is Lee's invitation;
                 * a claim rejected is a stated rejection */
     {"Presiden Korea Selatan Lee Jae-myung mengajak Korea Utara kembali berdialog. Ajakan itu "
      "ditolak mentah-mentah oleh Pyongyang.",
      "Rusia bertahan pada sikapnya, namun klaim Rusia ditolak Jepang."},
     {F("Korea Utara", "opposes", "Lee Jae-myung", "asserted"),
      F("Jepang", "opposes", "Rusia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"nominal", /* must not: an act no verb before told of, or another act than the noun's */
     {"Presiden Korea Selatan Lee Jae-myung mengunjungi Jepang. Usulan itu ditolak oleh "
      "Pyongyang."},
     {{0}},
     {F("Korea Utara", "opposes", "Lee Jae-myung", NULL), F("Korea Utara", "opposes", "Jepang", NULL),
      F("Korea Utara", "opposes", "Korea Selatan", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* a clause after the speaker's name and a word of when is the speaker's */
     {"\"Sebuah tembakan dilakukan oleh Iran,\" kata Presiden Donald Trump kepada wartawan di "
      "pesawat saat terbang ke Jepang."},
     {F("Donald Trump", "visited", "Jepang", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a clause with a subject of its own after the speaker */
     {"\"Kami siap,\" kata Presiden Donald Trump, sementara kapal Rusia berlayar ke Jepang."},
     {{0}}, {F("Donald Trump", "visited", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a state that opens the sentence after "Di" is where a foreign person acts */
     {"Menteri Pertahanan AS Leon Panetta tiba di Indonesia. Di Jepang ia akan membicarakan "
      "penjualan senjata."},
     {F("Leon Panetta", "visited", "Jepang", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: at home, or only spoken of there */
     {"Di Indonesia, Presiden Joko Widodo meresmikan bendungan. Di Jepang Presiden Amerika "
      "Serikat Joe Biden dikenal luas."},
     {{0}},
     {F("Joko Widodo", "visited", "Indonesia", NULL), F("Joe Biden", "visited", "Jepang", NULL)},
     {{0}}, {{0}}, 1},
    {"agreement", /* a treaty that ends a war has the war's sides as parties */
     {"Perjanjian Portsmouth adalah perjanjian yang mengakhiri Perang Rusia-Jepang pada tahun "
      "1905. Perjanjian Paris mengakhiri perang antara Amerika Serikat dan Inggris."},
     {F("Rusia", "partyTo", "Perjanjian Portsmouth", "asserted"),
      F("Jepang", "partyTo", "Perjanjian Portsmouth", "asserted"),
      F("Amerika Serikat", "partyTo", "Perjanjian Paris", "asserted"),
      F("Inggris", "partyTo", "Perjanjian Paris", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: a state that ends a war signs nothing by it */
     {"Rusia mengakhiri perang dengan Jepang pada 1905. Perjanjian Paris mengakhiri krisis itu."},
     {{0}},
     {F("Jepang", "partyTo", "Perjanjian Paris", NULL), F("Rusia", "partyTo", "Perjanjian Paris", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* "penarikan diri dari X": X is the object the cue's "dari" brings, not a
                   * source; "keputusan AS untuk mundur dari X": the one who decides acts */
     {"Kesepakatan INF ditandatangani pada 1987. AS memulai proses penarikan diri dari "
      "kesepakatan itu.",
      "Kesepakatan INF ditandatangani pada 1987. Putin menanggapi keputusan AS untuk mundur dari "
      "perjanjian itu."},
     {F("Amerika Serikat", "opposes", "Kesepakatan INF", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: goods sent "dari" a state come from it; a decision of no one
                   * named lends no subject */
     {"Pengiriman senjata dari Korea Utara ke Rusia berlanjut.",
      "Kesepakatan INF ditandatangani pada 1987. Rusia menanggapi keputusan itu untuk mundur dari "
      "perjanjian itu."},
     {F("Korea Utara", "suppliedArmsTo", "Rusia", "asserted")},
     {F("Amerika Serikat", "opposes", "Kesepakatan INF", NULL)},
     {{0}}, {{0}}, 1},
    {"coordination", /* states listed right after a body a phrase put them in are its members */
     {"Pada 1992, enam negara yang termasuk dalam Persemakmuran Negara-negara Merdeka\xe2\x80\x94Rusia, "
      "Armenia, dan Kazakhstan\xe2\x80\x94menandatangani traktat itu.",
      "Negara-negara yang tergabung dalam ASEAN, yakni Indonesia, Malaysia dan Thailand, hadir."},
     {F("Rusia", "memberOf", "Persemakmuran Negara-Negara Merdeka", "asserted"),
      F("Armenia", "memberOf", "Persemakmuran Negara-Negara Merdeka", "asserted"),
      F("Kazakhstan", "memberOf", "Persemakmuran Negara-Negara Merdeka", "asserted"),
      F("Indonesia", "memberOf", "ASEAN", "asserted"), F("Malaysia", "memberOf", "ASEAN", "asserted"),
      F("Thailand", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a list after a body no phrase put anyone in */
     {"Para pemimpin bertemu di markas ASEAN, yakni Indonesia, Malaysia dan Thailand."},
     {{0}},
     {F("Indonesia", "memberOf", "ASEAN", NULL), F("Thailand", "memberOf", "ASEAN", NULL)},
     {{0}}, {{0}}, 0},
    {"status", /* a report whose clause condemns someone is the speaker's criticism of them */
     {"Sebelum pemungutan suara Majelis Umum, Menteri Luar Negeri Ukraina, Andriy Deshchytsia, "
      "mengatakan Rusia secara \"kejam telah menginjak-injak\" integritas wilayah Ukraina.",
      "Diplomat Amerika Ronald Godard berbicara. Ia mengatakan Kuba menggunakan Amerika sebagai "
      "kambing hitam bagi berbagai kesulitannya."},
     {F("Andriy Deshchytsia", "criticized", "Rusia", "asserted"),
      F("Ronald Godard", "criticized", "Kuba", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: of one's own state; a clause with no subject named; a name after
                * a preposition is no subject */
     {"Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia tidak kejam.",
      "NATO mengumumkan akan memberi Ukraina peralatan untuk menghadang perilaku yang mengacau.",
      "Duta Besar Korea Utara Kim Song mengatakan dalam rapat Majelis Umum PBB bahwa kabar itu "
      "adalah rumor tak berdasar."},
     {{0}},
     {F("Sergey Lavrov", "criticized", "Rusia", NULL), F("NATO", "criticized", "Ukraina", NULL),
      F("Kim Song", "criticized", "Majelis Umum PBB", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* a decision called unlawful; a government's body speaks for its state */
     {"Presiden Georgia Nino Beridze menyebut keputusan Rusia itu sangat tidak sah.",
      "Kementerian Luar Negeri Chile menyebut serangan Bolivia tersebut sebagai pelanggaran "
      "terencana atas gencatan senjata."},
     {F("Nino Beridze", "criticized", "Rusia", "asserted"),
      F("Kementerian Luar Negeri Chile", "criticized", "Bolivia", "asserted"),
      F("Chile", "criticized", "Bolivia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: a judgment word inside a name judges no one */
     {"Van Dijk menyatakan bahwa Belanda tidak terikat lagi, lalu meletuslah Agresi Militer "
      "Belanda I."},
     {{0}},
     {F("Van Dijk", "criticized", "Belanda", NULL)},
     {{0}}, {{0}}, 1},
    {"status", /* a hostile act alleged by someone outside it is their accusation */
     {"Stoltenberg menyerukan agar Rusia kembali mematuhi Kesepakatan INF, yang menurut NATO "
      "telah dilanggar oleh Rusia karena mengembangkan sistem misil baru."},
     {F("NATO", "accused", "Rusia", "asserted"), F("Rusia", "violated", "Kesepakatan INF", "alleged")},
     {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: alleged by no one named, or by the actor's own side */
     {"Menurut laporan itu, Rusia telah melanggar Kesepakatan INF. Menurut Kremlin, pasukan Rusia "
      "menyerang Ukraina."},
     {{0}},
     {F("Rusia", "accused", "Rusia", NULL), F("Kremlin", "accused", "Rusia", NULL)},
     {{0}}, {{0}}, 1},
    {"coordination", /* the state a person is "dari" describes him; the list goes on past it */
     {"Presiden Sudan, Omar al-Bashir dari Sudan dan Presiden Sudan Selatan, Salva Kiir "
      "melanjutkan pembicaraan terkait sengketa perbatasan."},
     {F("Omar al-Bashir", "metWith", "Salva Kiir", "asserted")},
     {F("Sudan", "metWith", "Salva Kiir", NULL)}, {{0}}, {{0}}, 1},
    {"coordination", /* must not: a person "dari" a state, then another state, is no pair of people */
     {"Menteri Luar Negeri Retno Marsudi dari Indonesia dan Malaysia melanjutkan pembicaraan."},
     {{0}}, {F("Retno Marsudi", "metWith", "Malaysia", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a verb of buying right before its source, its goods named before it */
     {"India berusaha mengurangi ketergantungannya pada perangkat keras militer Rusia dengan "
      "membeli dari AS, Prancis, dan Jerman."},
     {F("Amerika Serikat", "suppliedArmsTo", "India", "planned"),
      F("Prancis", "suppliedArmsTo", "India", "planned"), F("Jerman", "suppliedArmsTo", "India", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: no goods before, or goods too far back */
     {"India membeli dari Amerika Serikat.",
      "Perangkat keras militer itu dipamerkan di New Delhi kemarin siang oleh para pejabat tinggi "
      "dari kementerian yang baru saja membeli dari Prancis."},
     {{0}},
     {F("Amerika Serikat", "suppliedArmsTo", "India", NULL), F("Prancis", "suppliedArmsTo", "India", NULL)},
     {{0}}, {{0}}, 1},
    {"agreement", /* a ceasefire signed is an agreement, described by its parties and year */
     {"Rusia dan Georgia menandatangani gencatan senjata pada Agustus 2008. Presiden Georgia "
      "Mikheil Saakashvili menandatangani gencatan senjata itu."},
     {F("Rusia", "partyTo", "gencatan senjata Georgia\xe2\x80\x93Rusia 2008", "asserted"),
      F("Mikheil Saakashvili", "partyTo", "gencatan senjata Georgia\xe2\x80\x93Rusia 2008", "asserted")},
     {{0}}, {E("gencatan senjata Georgia\xe2\x80\x93Rusia 2008", "Agreement")}, {{0}}, 1},
    {"agreement", /* must not: a ceasefire no one signs names no agreement */
     {"Pasukan Rusia melanggar gencatan senjata kemarin."},
     {{0}}, {{0}}, {{0}}, {E("gencatan senjata", NULL)}, 1},
    {"relations", /* help received through "menerima" or "dengan" goes to the clause's subject */
     {"Korea Utara menerima bantuan China. Mesir membangun bendungan dengan bantuan Uni Soviet."},
     {F("China", "providedAidTo", "Korea Utara", "asserted"),
      F("Uni Soviet", "providedAidTo", "Mesir", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: help the subject only speaks of */
     {"Menlu AS John Kerry mengakui bantuan Beijing dalam beberapa bulan terakhir."},
     {{0}}, {F("China", "providedAidTo", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* recognition as a noun: its agent after "oleh", or its genitive before "atas" */
     {"Konferensi itu berakhir saat pengakuan kedaulatan Indonesia oleh Belanda.",
      "Pada tahun 1988 hubungan dimulai dengan pengakuan Indonesia atas Palestina."},
     {F("Belanda", "recognized", "Indonesia", "asserted"),
      F("Indonesia", "recognized", "Palestina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: an admission ("pengakuan") of no state, or one with no agent */
     {"Pengakuan Korea Utara bahwa pasukannya ada di Rusia mengejutkan dunia. Pengakuan atas "
      "Palestina terus bertambah."},
     {{0}},
     {F("Korea Utara", "recognized", "Rusia", NULL), F("Rusia", "recognized", "Palestina", NULL)},
     {{0}}, {{0}}, 1},
    {"role", /* two titles joined by "dan", then their holders in the same order */
     {"Judul\n\nPerdana Menteri Yunani dan Perdana Menteri Makedonia, Alexi Tsipras dan Zoran "
      "Zaev, menyaksikan penandatanganan itu."},
     {F("Alexi Tsipras", "leaderOf", "Yunani", "asserted"),
      F("Zoran Zaev", "leaderOf", "Makedonia Utara", "asserted")},
     {F("Alexi Tsipras", "leaderOf", "Makedonia Utara", NULL)}, {{0}}, {{0}}, 0},
    {"role", /* must not: one name after the second title is its holder's alone */
     {"Judul\n\nMenteri Luar Negeri Yunani dan Perdana Menteri Makedonia, Zoran Zaev, bertemu di "
      "Prespa."},
     {F("Zoran Zaev", "leaderOf", "Makedonia Utara", "asserted")},
     {F("Zoran Zaev", "officialOf", "Yunani", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* "mereka" after a noun of no name and its verb is that noun's */
     {"Menlu AS Tiba di Kenya\n\nTahun 1998, teroris mengira mereka dapat menghancurkan rakyat "
      "Kenya dengan menyerang kedutaan Amerika di Nairobi."},
     {{0}}, {F("Kenya", "attacked", "Amerika Serikat", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: a plural subject named by its states keeps "mereka" */
     {"Menlu AS Tiba di Kenya\n\nPara pejabat Kenya dan Amerika mengatakan mereka akan menyerang "
      "Somalia."},
     {F("Kenya", "attacked", "Somalia", "planned"), F("Amerika Serikat", "attacked", "Somalia", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"places", /* the capital named after "ibukota <state>," is a place, not a person who speaks */
     {"Menteri Luar Negeri Amerika Rex Tillerson terbang ke ibukota Nigeria, Abudja, untuk "
      "berbicara dengan Presiden Nigeria Muhammadu Buhari."},
     {F("Rex Tillerson", "metWith", "Muhammadu Buhari", "asserted")},
     {F("Abudja", "metWith", "Muhammadu Buhari", NULL)}, {E("Abudja", "Place")}, {E("Abudja", "Person")}, 1},
    {"places", /* must not: after the capital and its comma, a person who acts */
     {"Setibanya di ibukota Nigeria, Zukor Mbanda bertemu Presiden Nigeria Muhammadu Buhari."},
     {F("Zukor Mbanda", "metWith", "Muhammadu Buhari", "asserted")},
     {{0}}, {E("Zukor Mbanda", "Person")}, {E("Zukor Mbanda", "Place")}, 1},
    {"govbody", /* a body named bare is that of the state named with it before */
     {"Kementerian Luar Negeri China mengecam Jepang. Juru bicara Kementerian Luar Negeri Lin Jian "
      "mengatakan bahwa China akan membalas."},
     {F("Lin Jian", "officialOf", "Kementerian Luar Negeri China", "asserted")},
     {F("Lin Jian", "officialOf", "Kementerian Luar Negeri", NULL)}, {{0}},
     {E("Kementerian Luar Negeri", "Organization")}, 1},
    {"govbody", /* must not: with no such body before, the bare name stays itself */
     {"Juru bicara Kementerian Luar Negeri Lin Jian mengatakan bahwa China akan membalas Jepang."},
     {F("Lin Jian", "officialOf", "Kementerian Luar Negeri", "asserted")},
     {F("Lin Jian", "officialOf", "Kementerian Luar Negeri China", NULL)}, {{0}}, {{0}}, 1},
    {"places", /* troops "kini berada di": an adverb of time between them and the verb */
     {"Tentara Perancis kini berada di Mali."},
     {F("Prancis", "deployedTroopsTo", "Mali", "asserted")}, {{0}}, {{0}}, {{0}}, 0},
    {"places", /* must not: a leader "kini berada di" a state sends no troops */
     {"Presiden Prancis kini berada di Mali untuk bertemu tentara Prancis."},
     {{0}}, {F("Prancis", "deployedTroopsTo", "Mali", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* amounts inside the goods cost no words; a permitted sale is planned */
     {"Minggu lalu Departemen LN Amerika mengijinkan penjualan rudal Patriot dan peralatan terkait "
      "senilai US$5,4 miliar serta amunisi senilai $500 juta kepada Arab Saudi."},
     {F("Amerika Serikat", "suppliedArmsTo", "Arab Saudi", "planned")},
     {F("Amerika Serikat", "suppliedArmsTo", "Arab Saudi", "asserted")}, {{0}}, {{0}}, 1},
    {"relations", /* "terus menerus" is an adverb, no verb that ends the goods */
     {"Amerika menjanjikan bantuan senilai US$50 juta dan dukungan terus menerus bagi Moldova."},
     {F("Amerika Serikat", "providedAidTo", "Moldova", "planned"),
      F("Amerika Serikat", "supports", "Moldova", "planned")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: an amount does not carry the object past a clause */
     {"Amerika menjual senjata senilai US$5 juta, sementara Arab Saudi membeli beras dari Jepang."},
     {{0}}, {F("Amerika Serikat", "suppliedArmsTo", "Arab Saudi", NULL),
             F("Amerika Serikat", "suppliedArmsTo", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* "saling" between the officials of both states and their verb */
     {"Thailand-Kamboja Bentrok\n\nDua tentara Kamboja dan seorang warga Thailand tewas.\n\nPara "
      "pejabat militer kedua negara saling menuduh pihak lain yang memulai pertempuran."},
     {F("Thailand", "accused", "Kamboja", "asserted"), F("Kamboja", "accused", "Thailand", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* must not: the officials of one state accuse one another */
     {"Thailand-Kamboja Bentrok\n\nDua tentara Kamboja dan seorang warga Thailand tewas.\n\nPara "
      "pejabat Thailand saling menuduh."},
     {{0}}, {F("Thailand", "accused", "Kamboja", NULL), F("Kamboja", "accused", "Thailand", NULL)},
     {{0}}, {{0}}, 1},
    {"places", /* troops of a state acting "di" another state, in their own clause */
     {"Pasukan Prancis memburu milisi di Mali."},
     {F("Prancis", "deployedTroopsTo", "Mali", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"places", /* must not: the place of another clause, past a comma */
     {"Pasukan Prancis meninggalkan markasnya, sementara presidennya berpidato di Chad."},
     {{0}}, {F("Prancis", "deployedTroopsTo", "Chad", NULL)}, {{0}}, {{0}}, 1},
    {"places", /* "di negeri itu" after a state's troops: the other state, where they are;
                * "selagi" opens a clause that "agar" does not govern */
     {"Presiden Joko Widodo mengunjungi Mesir. Pasukan Indonesia melakukan patroli di negeri itu.",
      "Kenya mengimbau dukungan dari dunia Arab agar membantu mengamankan Somalia selagi pasukan "
      "Kenya terus melakukan pengejaran terhadap anggota kelompok al-Shabab di negeri itu."},
     {F("Indonesia", "deployedTroopsTo", "Mesir", "asserted"),
      F("Kenya", "deployedTroopsTo", "Somalia", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"places", /* must not: no troops, no deployment to the state referred to */
     {"Presiden Joko Widodo mengunjungi Mesir. Indonesia mengirim dokter ke negeri itu."},
     {{0}}, {F("Indonesia", "deployedTroopsTo", "Mesir", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* "mereka" after "Kedua pemimpin" opening its sentence: the two leaders */
     {"PM Selandia Baru Kunjungi China\n\nPerdana Menteri Selandia Baru Jacinda Ardern memuji "
      "hubungan negaranya dengan China sementara Presiden Xi Jinping menyerukan rasa saling "
      "percaya.\n\nKedua pemimpin membuat pernyataan itu ketika mereka bertemu di Beijing."},
     {F("Jacinda Ardern", "metWith", "Xi Jinping", "asserted")},
     {F("Selandia Baru", "metWith", "China", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* must not: one person opening the sentence is no pair for "mereka" */
     {"PM Selandia Baru Kunjungi China\n\nPerdana Menteri Selandia Baru Jacinda Ardern memuji "
      "hubungan negaranya dengan China sementara Presiden Xi Jinping menyerukan rasa saling "
      "percaya.\n\nArdern membuat pernyataan itu ketika mereka bertemu di Beijing."},
     {{0}}, {F("Jacinda Ardern", "metWith", "Xi Jinping", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* meeting or speaking to someone "di" a place of another state: a visit */
     {"Wakil Presiden AS Mike Pence hari Senin bertemu dengan para pengungsi di sebuah gereja di "
      "Cartagena, Kolombia.",
      "Presiden AS Barack Obama berbicara kepada 2.000 orang di sebuah gedung konser di ibukota "
      "Estonia, Tallinn."},
     {F("Mike Pence", "visited", "Kolombia", "asserted"), F("Barack Obama", "visited", "Estonia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a place of the topic, or of the people one speaks of */
     {"Presiden AS Barack Obama berbicara tentang serangan di Suriah.",
      "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan sebagian politisi di Amerika saat ini "
      "mengatakan hal yang sama."},
     {{0}}, {F("Barack Obama", "visited", "Suriah", NULL), F("Sergey Lavrov", "visited", "Amerika Serikat", NULL)},
     {{0}}, {{0}}, 1},
    {"alliance", /* a body "yang (juga) termasuk" states: its members; a member "dalam" a body,
                  * past modifiers joined by "dan"; "saat ini" before the copula is no "when" */
     {"Kerry akan bertemu dengan menteri-menteri luar negeri Dewan Kerjasama Teluk di Doha. Arab "
      "Saudi adalah anggota terbesar dan paling berpengaruh dalam dewan itu yang juga termasuk "
      "Bahrain, Kuwait dan Oman.",
      "Brazil saat ini adalah anggota DK PBB."},
     {F("Arab Saudi", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Bahrain", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Kuwait", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Oman", "memberOf", "Dewan Kerja Sama Teluk", "asserted"),
      F("Brasil", "memberOf", "Dewan Keamanan PBB", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"alliance", /* "kedua sekutu (lama) tersebut": the pair, allied */
     {"AS-Filipina\n\nAS dan Filipina mengumumkan kesepakatan baru.\n\nPerjanjian itu muncul "
      "sewaktu kedua sekutu lama tersebut berusaha menangkis perilaku China."},
     {F("Amerika Serikat", "alliedWith", "Filipina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"alliance", /* must not: with no two states named before, "kedua sekutu" is no one */
     {"Kedua sekutu itu bertemu di Tokyo."},
     {{0}}, {F("Jepang", "alliedWith", "Jepang", NULL), F("Jepang", "metWith", "Jepang", NULL)}, {{0}},
     {{0}}, 0},
    {"alliance", /* joining a body's officer in an act is no membership; "anggota X" still is */
     {"Spanyol dan Uni Eropa bergabung dengan pemimpin PBB dan negara-negara Amerika Latin, mengutuk "
      "penyerbuan tersebut.",
      "Kedua negara adalah anggota Organisasi Kerjasama Islam. Indonesia bergabung dengan APEC."},
     {F("Indonesia", "memberOf", "APEC", "asserted")},
     {F("Spanyol", "memberOf", "Perserikatan Bangsa-Bangsa", NULL),
      F("Uni Eropa", "memberOf", "Perserikatan Bangsa-Bangsa", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: "mengakui X merupakan Y" admits something of X */
     {"Presiden Kazakhstan Tokayev mengakui Indonesia merupakan mitra dagang Kazakhstan."},
     {{0}}, {F("Kazakhstan", "recognized", "Indonesia", NULL)}, {{0}}, {{0}}, 1},
    {"alliance", /* must not: a relative clause of another verb lists no members; "dalam" no body */
     {"PBB, yang mengecam Rusia dan Iran, bertemu.",
      "Arab Saudi adalah anggota terbesar dalam sejarah Liga Arab."},
     {{0}}, {F("Rusia", "memberOf", "Perserikatan Bangsa-Bangsa", NULL),
             F("Iran", "memberOf", "Perserikatan Bangsa-Bangsa", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* telling a person of another state something in person: they met */
     {"Presiden Kolombia Juan Manuel Santos mengatakan kepada Wakil Presiden AS Mike Pence bahwa "
      "intervensi militer tidak akan diterima.",
      "\"Kami siap,\" kata Presiden AS Joe Biden kepada Presiden Angola Joao Lourenco."},
     {F("Juan Manuel Santos", "metWith", "Mike Pence", "asserted"),
      F("Joe Biden", "metWith", "Joao Lourenco", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: by telephone, or to the press */
     {"Presiden AS Joe Biden mengatakan kepada Presiden Angola Joao Lourenco melalui telepon bahwa "
      "ia siap.",
      "\"Kami siap,\" kata Presiden AS Joe Biden kepada wartawan di Angola."},
     {{0}}, {F("Joe Biden", "metWith", "Joao Lourenco", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a complaint ("mengeluhkan", "keluhan") criticizes; the deed "yang terus
                   * dilakukan" X is X's */
     {"Pejabat-pejabat Palestina mengeluhkan pembangunan permukiman yang terus dilakukan Israel.",
      "Venezuela menyampaikan keluhan resmi mengenai sanksi-sanksi Amerika."},
     {F("Palestina", "criticized", "Israel", "asserted"),
      F("Venezuela", "criticized", "Amerika Serikat", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a complaint about the weather names no one */
     {"Warga Indonesia mengeluhkan cuaca panas di Australia."},
     {{0}}, {F("Indonesia", "criticized", "Australia", NULL)}, {{0}}, {{0}}, 1},
    {"alliance", /* "menyebut A, B, dan C sebagai “mitra strategis”": every object listed, past
                  * the quote */
     {"Vietnam menyebut China, Rusia, India, dan Korea Selatan sebagai “mitra strategis komprehensif.”"},
     {F("China", "alliedWith", "Vietnam", "asserted"), F("Rusia", "alliedWith", "Vietnam", "asserted"),
      F("India", "alliedWith", "Vietnam", "asserted"), F("Korea Selatan", "alliedWith", "Vietnam", "asserted")},
     {{0}}, {{0}}, {{0}}, 0},
    {"alliance", /* must not: what the objects are called is no partnership */
     {"Vietnam menyebut China dan Rusia sebagai “negara besar.”"},
     {{0}}, {F("China", "alliedWith", "Vietnam", NULL), F("Rusia", "alliedWith", "Vietnam", NULL)},
     {{0}}, {{0}}, 1},
    {"visit", /* a visit in a relative clause on someone's journey is that traveller's */
     {"Nigeria adalah salah satu persinggahan Tillerson dalam lawatannya di Afrika, yang juga "
      "mencakup kunjungan ke Chad, Djibouti, Ethiopia dan Kenya."},
     {F("Rex Tillerson", "visited", "Chad", "asserted"), F("Rex Tillerson", "visited", "Kenya", "asserted")},
     {F("Nigeria", "visited", "Chad", NULL), F("Nigeria", "visited", "Kenya", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* "membawanya ke" after a journey the clause before's person made; a capital's
               * apposition between where a meeting is and whom it is with; "e" in a name */
     {"Menlu AS Antony Blinken memulai lawatan keempatnya ke Afrika pekan ini yang membawanya ke "
      "Nigeria dan Angola.",
      "Menlu AS Antony Blinken mengadakan pembicaraan di Praia, ibu kota Cabo Verde, pada hari Senin "
      "dengan Perdana Menteri Ulisses Correia e Silva."},
     {F("Antony Blinken", "visited", "Nigeria", "asserted"), F("Antony Blinken", "visited", "Angola", "asserted"),
      F("Antony Blinken", "metWith", "Ulisses Correia e Silva", "asserted")},
     {{0}}, {E("Ulisses Correia e Silva", "Person")}, {E("Ulisses Correia", NULL)}, 1},
    {"visit", /* must not: a journey of no person */
     {"Menlu AS Antony Blinken tiba di Nigeria. Kapal itu memulai lawatan ke Afrika yang membawanya ke "
      "Angola."},
     {{0}}, {F("Antony Blinken", "visited", "Angola", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a stopover ("persinggahan di") in a relative clause on someone's journey */
     {"Program nuklir Korea Utara akan menjadi fokus utama lawatan Presiden AS Barack Obama, yang "
      "mencakup persinggahan di Jepang, Korea Selatan, Malaysia dan Filipina."},
     {F("Barack Obama", "visited", "Jepang", "asserted"), F("Barack Obama", "visited", "Filipina", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a stopover of no one */
     {"Bandara Changi menjadi tempat persinggahan di Singapura bagi banyak maskapai."},
     {{0}}, {F("Bandara Changi", "visited", "Singapura", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a journey of no one named gives the copula's subject no visit */
     {"Nigeria adalah salah satu persinggahan dalam lawatan itu di Afrika, yang juga mencakup "
      "kunjungan ke Chad."},
     {{0}}, {F("Nigeria", "visited", "Chad", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* "..., setelah bertemu dengan X": the subject carried from the main clause,
                   * not the last name of its object */
     {"Wakil Presiden AS Joe Biden hari Jumat mengecam agresi Rusia terhadap Ukraina, setelah bertemu "
      "dengan Presiden Petro Poroshenko di Kyiv."},
     {F("Joe Biden", "metWith", "Petro Poroshenko", "asserted")},
     {F("Rusia", "metWith", "Petro Poroshenko", NULL), F("Ukraina", "metWith", "Petro Poroshenko", NULL)},
     {{0}}, {{0}}, 1},
    {"reference", /* must not: a clause of its own subject keeps it */
     {"Joe Biden mengecam Rusia, setelah Presiden Petro Poroshenko bertemu dengan Presiden Polandia "
      "Andrzej Duda."},
     {F("Petro Poroshenko", "metWith", "Andrzej Duda", "asserted")},
     {F("Joe Biden", "metWith", "Andrzej Duda", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* a "karena" clause with no subject, after a subject alone, is that subject's */
     {"Rusia dikucilkan karena menyerang Ukraina."},
     {F("Rusia", "attacked", "Ukraina", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* must not: after an object, who did it is not known */
     {"Amerika Serikat berusaha untuk lebih mengisolasi Rusia karena menyerang Ukraina."},
     {{0}}, {F("Amerika Serikat", "attacked", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* a title's state: with its short name in brackets, after "Negara", or "negara itu" */
     {"Duta Besar Amerika Serikat (AS) untuk Uzbekistan Daniel Rosenblum mengatakan hal itu.",
      "Ia disambut Kepala Protokol Negara Peru, Luis Escalante Schuler.",
      "Ahmadinejad tiba di Venezuela. Ia disambut di bandara oleh Wakil Presiden negara itu, Elias "
      "Juau."},
     {F("Daniel Rosenblum", "officialOf", "Amerika Serikat", "asserted"),
      F("Luis Escalante Schuler", "officialOf", "Peru", "asserted"),
      F("Elias Juau", "officialOf", "Venezuela", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"role", /* an opposition leader holds no post of the state; meeting the opposition is not
              * meeting the state, meeting its named leader is */
     {"Pence bertemu di Kolombia dengan pemimpin oposisi Juan Guaido.",
      "Pemimpin oposisi Malaysia Anwar Ibrahim mengecam Singapura."},
     {F("Mike Pence", "metWith", "Juan Guaido", "asserted"),
      F("Anwar Ibrahim", "criticized", "Singapura", "asserted")},
     {F("Anwar Ibrahim", "leaderOf", "Malaysia", NULL), F("Malaysia", "criticized", "Singapura", NULL)},
     {{0}}, {{0}}, 1},
    {"role", /* must not: the opposition of a state met is not the state */
     {"Menteri Luar Negeri Amerika John Kerry bertemu pemimpin oposisi Ukraina di Munchen."},
     {{0}}, {F("John Kerry", "metWith", "Ukraina", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* an envoy's title with the embassy's city and "merangkap" the states also covered */
     {"Data diperoleh selama kunjungan kerja Dubes RI Dhaka merangkap Nepal, Zet Mirzal Zainuddin, ke "
      "Kathmandu."},
     {F("Zet Mirzal Zainuddin", "officialOf", "Indonesia", "asserted")},
     {F("Zet Mirzal Zainuddin", "officialOf", "Nepal", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* must not: a city after an envoy's state, with no name, makes no one its holder */
     {"Dubes RI Dhaka mengunjungi Nepal."},
     {{0}}, {F("Nepal", "officialOf", "Indonesia", NULL)}, {{0}}, {E("Dhaka", "Person")}, 1},
    {"role", /* a bare minister's title refers to no one named earlier in its sentence */
     {"Menteri Luar Negeri Amerika Hillary Clinton tiba di Laos. Clinton bertemu dengan wakil "
      "perdana menteri, menteri luar negeri, dan Perdana Menteri Laos, Thongsing Thammavong."},
     {F("Hillary Clinton", "metWith", "Thongsing Thammavong", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"role", /* must not: ... but still to the one named in a sentence before */
     {"Menteri Luar Negeri Amerika Hillary Clinton tiba di Laos. Menteri luar negeri itu kemudian "
      "bertemu Perdana Menteri Laos Thongsing Thammavong."},
     {F("Hillary Clinton", "metWith", "Thongsing Thammavong", "asserted")},
     {F("Amerika Serikat", "metWith", "Thongsing Thammavong", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* "Diplomat tertinggi AS tersebut": the person of that state named last */
     {"Menteri Luar Negeri Amerika Serikat Antony Blinken tiba di Polandia. Diplomat tertinggi AS "
      "tersebut berkunjung ke ibu kota Moldova."},
     {F("Antony Blinken", "visited", "Moldova", "asserted")},
     {F("Amerika Serikat", "visited", "Moldova", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* must not: an official of another state is not the one named */
     {"Menteri Luar Negeri Amerika Serikat Antony Blinken tiba di Polandia. Pejabat Rusia tersebut "
      "berkunjung ke Moldova."},
     {{0}}, {F("Antony Blinken", "visited", "Moldova", NULL)}, {{0}}, {{0}}, 1},
    {"role", /* must not: "negara itu" with no name after its comma holds no title */
     {"Ahmadinejad tiba di Venezuela. Presiden negara itu, menurut laporan, akan datang."},
     {{0}}, {F("Ahmadinejad", "leaderOf", "Venezuela", NULL)}, {{0}}, {{0}}, 1},
    {"status", /* a noun in an adjunct after a comma is not governed by the purpose before it */
     {"Menteri Luar Negeri Amerika Hillary Clinton mendesak Bangladesh agar mengakhiri perseteruan "
      "internal, pada hari pertama kunjungannya ke Bangladesh."},
     {F("Hillary Clinton", "visited", "Bangladesh", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: a plan before an adjunct between commas still governs the verb after */
     {"Indonesia berencana, pada tahun depan, mengirim pasukan ke Lebanon."},
     {F("Indonesia", "deployedTroopsTo", "Lebanon", "planned")},
     {F("Indonesia", "deployedTroopsTo", "Lebanon", "asserted")}, {{0}}, {{0}}, 1},
    {"visit", /* after a fronted place, a verb whose root the cues do not know acts there too */
     {"Dalam wawancara di Tokyo, Wakil Presiden Amerika Joe Biden menghimbau Jepang agar menahan diri."},
     {F("Joe Biden", "visited", "Jepang", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: such a verb with no fronted place says nothing of where */
     {"Wakil Presiden Amerika Joe Biden menghimbau Jepang agar menahan diri di Tokyo."},
     {{0}}, {F("Joe Biden", "visited", "Jepang", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a head named by a bare title, met by a visitor to a state, leads that state */
     {"Menteri Luar Negeri AS John Kerry tiba di Sri Lanka. Ia dijadwalkan bertemu dengan Presiden "
      "Mathripala Sirisena."},
     {F("Mathripala Sirisena", "leaderOf", "Sri Lanka", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: an opposition leader met abroad leads nothing there */
     {"Wakil Presiden AS Mike Pence tiba di Kolombia. Ia bertemu dengan pemimpin oposisi Juan Guaido."},
     {F("Mike Pence", "metWith", "Juan Guaido", "asserted")},
     {F("Juan Guaido", "leaderOf", "Kolombia", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* speaking or standing beside a person of another state is meeting them */
     {"Menteri Luar Negeri Amerika Hillary Clinton berbicara pada hari Senin di ibukota Georgia, "
      "Tbilisi, di samping Presiden Georgia Mikheil Saakashvili.",
      "Berdiri di sebelah Menteri Luar Negeri Hongaria Peter Szijjarto dalam jumpa pers bersama, "
      "Menteri Luar Negeri AS Mike Pompeo mengatakan hal itu."},
     {F("Hillary Clinton", "metWith", "Mikheil Saakashvili", "asserted"),
      F("Mike Pompeo", "metWith", "Peter Szijjarto", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: beside a place or someone of the same state */
     {"Presiden Georgia Mikheil Saakashvili berdiri di samping Perdana Menteri Georgia Nika "
      "Gilauri di Tbilisi."},
     {{0}}, {F("Mikheil Saakashvili", "metWith", "Nika Gilauri", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a meeting on a person's agenda ("jadwal", "kegiatan") is that person's */
     {"Jadwal Presiden Iran Hassan Rouhani termasuk pembicaraan dengan Presiden Irak Barham Salih."},
     {F("Hassan Rouhani", "metWith", "Barham Salih", "planned")},
     {F("Hassan Rouhani", "metWith", "Irak", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: an agenda of no one named */
     {"Presiden Iran Hassan Rouhani tiba di Baghdad. Jadwal acara hari ini termasuk pertemuan "
      "dengan para pengusaha."},
     {{0}}, {F("Hassan Rouhani", "metWith", "Irak", NULL)}, {{0}}, {{0}}, 1},
    /* ---- eighteenth session ---- */
    {"relations", /* when, between a reported subject and its verb */
     {"Juru bicara itu mengatakan Angela Merkel pada Senin bertemu Presiden Ukraina Volodymyr Zelenskiy."},
     {F("Angela Merkel", "metWith", "Volodymyr Zelensky", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: the object of a verb before when is no subject of what follows */
     {"Presiden Ukraina Volodymyr Zelenskiy mengkritik Angela Merkel pada Senin setelah bertemu "
      "Presiden Prancis Emmanuel Macron."},
     {F("Volodymyr Zelensky", "metWith", "Emmanuel Macron", "asserted")},
     {F("Angela Merkel", "metWith", "Emmanuel Macron", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* the name a plain noun goes by: "yang disebut X", "yang bernama X" */
     {"India menjadi anggota kelompok keamanan yang disebut Quad. Jepang bergabung dengan kelompok "
      "yang bernama Quad."},
     {F("India", "memberOf", "Quad", "asserted"), F("Jepang", "memberOf", "Quad", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a name after "disebut oleh" is who says it */
     {"India menjadi anggota kelompok yang disebut oleh China sebagai ancaman."},
     {{0}}, {F("India", "memberOf", "China", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* states "bersama dengan" the members are members too */
     {"India dan Jepang menjadi anggota Quad bersama dengan Amerika Serikat dan Australia."},
     {F("Amerika Serikat", "memberOf", "Quad", "asserted"), F("Australia", "memberOf", "Quad", "asserted"),
      F("India", "memberOf", "Quad", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: "bersama" in a later clause */
     {"India menjadi anggota Quad dan berlatih bersama Indonesia."},
     {F("India", "memberOf", "Quad", "asserted")}, {F("Indonesia", "memberOf", "Quad", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* -nya on an active verb: the object of the clause before */
     {"Indonesia menyerbu Timor Leste dan menganeksasinya pada 1976. Arab Saudi memutuskan hubungan "
      "dengan Qatar, menuduhnya mendukung terorisme."},
     {F("Indonesia", "annexed", "Timor Leste", "asserted"), F("Arab Saudi", "accused", "Qatar", NULL)},
     {{0}}, {{0}}, {{0}}, 1},
    {"reference", /* must not: a name after "dari", or what a rejection rejects */
     {"Setelah Timor Leste merdeka dari Portugal, Indonesia menyerbu Timor Leste dan menganeksasinya. "
      "Meksiko meminta Amerika Serikat membayar tembok itu, tetapi Presiden AS Donald Trump menolaknya."},
     {F("Indonesia", "annexed", "Timor Leste", "asserted")},
     {F("Indonesia", "annexed", "Portugal", NULL), F("Donald Trump", "opposes", "Meksiko", NULL)},
     {{0}}, {{0}}, 1},
    {"places", /* a building named with its state stands in it */
     {"Presiden Susilo Bambang Yudhoyono tiba di Istana Kepresidenan Korsel."},
     {F("Susilo Bambang Yudhoyono", "visited", "Korea Selatan", "asserted")}, {{0}},
     {E("Istana Kepresidenan Korsel", "Place")}, {{0}}, 1},
    {"places", /* must not: a strait named by a state is no visit to it */
     {"Kapal perang Amerika Serikat tiba di Selat Taiwan."},
     {{0}}, {F("Amerika Serikat", "visited", "Taiwan", NULL), F("Amerika Serikat", "deployedTroopsTo", "Taiwan", NULL)},
     {{0}}, {{0}}, 1},
    {"agreement", /* states joined inside an agreement's name are its parties; not yet made: planned */
     {"Perjanjian Logistik Militer AS-India belum rampung. Pakta Netralitas Soviet-Jepang tahun 1941 "
      "adalah perjanjian lima tahun."},
     {F("Amerika Serikat", "partyTo", "Perjanjian Logistik Militer AS-India", "planned"),
      F("India", "partyTo", "Perjanjian Logistik Militer AS-India", "planned"),
      F("Uni Soviet", "partyTo", "Pakta Netralitas Soviet-Jepang 1941", "asserted"),
      F("Jepang", "partyTo", "Pakta Netralitas Soviet-Jepang 1941", "asserted")},
     {{0}}, {E("Pakta Netralitas Soviet-Jepang 1941 = Pakta Netralitas Soviet-Jepang", "Agreement")}, {{0}}, 1},
    {"agreement", /* must not: a declaration is not the treaty the document names */
     {"Amerika Serikat dan Polandia menandatangani Perjanjian Pertahanan AS-Polandia. Di Warsawa, "
      "Presiden AS Donald Trump akan menandatangani suatu deklarasi bersama mengenai teknologi 5G."},
     {F("Polandia", "partyTo", "Perjanjian Pertahanan AS-Polandia", "asserted")},
     {F("Donald Trump", "partyTo", "Perjanjian Pertahanan AS-Polandia", NULL)}, {{0}}, {{0}}, 1},
    {"govbody", /* a name after a lower-case kind of body is the body, and a title after it is the next name's */
     {"Dalam komentar di surat kabar Indian Express, duta besar India untuk Israel, Pavan Kapoor menyebutnya "
      "resmi. Menurut harian Dawn, Perdana Menteri Pakistan Imran Khan tiba kemarin."},
     {F("Pavan Kapoor", "officialOf", "India", "asserted")},
     {F("Indian Express", "officialOf", "India", NULL)},
     {E("Indian Express", "Organization"), E("Dawn", "Organization")}, {E("Indian Express", "Person")}, 1},
    {"status", /* an act called off did not happen, and is the subject's own */
     {"Moskow membatalkan penjualan sistem pertahanan misil kepada Teheran."},
     {F("Rusia", "suppliedArmsTo", "Iran", "negated")}, {{0}}, {{0}}, {{0}}, 1},
    {"status", /* must not: forbidding a sale is no sale */
     {"Presiden Rusia Dmitry Medvedev melarang penjualan sistem misil S-300 kepada Iran."},
     {{0}}, {F("Rusia", "suppliedArmsTo", "Iran", "asserted")}, {{0}}, {{0}}, 1},
    {"role", /* a post for a region, then its holder after the comma */
     {"Permintaan itu dilaporkan oleh utusan khusus Prancis untuk kawasan Sahel, Jean Felix-Paganon, yang "
      "berbicara kepada wartawan."},
     {F("Jean Felix-Paganon", "officialOf", "Prancis", "asserted")}, {{0}},
     {E("Jean Felix-Paganon", "Person"), E("Sahel", "Place")}, {{0}}, 1},
    {"places", /* must not: a place after a place and a comma, with no title before, stays a place */
     {"Pertemuan itu diadakan di Camp David, Maryland, pada hari Sabtu."},
     {{0}}, {{0}}, {E("Maryland", "Place")}, {E("Maryland", "Person")}, 1},
    {"relations", /* "rekan setaranya dari X, Y": the counterpart named */
     {"Menlu AS Hillary Clinton menyampaikan pesan itu dalam pertemuan dengan rekan setaranya dari Pakistan, "
      "Hina Rabbani Khar, di New York."},
     {F("Hillary Clinton", "metWith", "Hina Rabbani Khar", "asserted"),
      F("Hina Rabbani Khar", "officialOf", "Pakistan", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a counterpart no name follows */
     {"Menlu AS Hillary Clinton bertemu rekan setaranya dari Pakistan di New York."},
     {{0}}, {{0}}, {{0}}, {E("New York", "Person")}, 1},
    {"relations", /* the speaker's own commitment or decision "untuk" act */
     {"Amerika Serikat menegaskan komitmennya untuk membela Filipina. Wakil Presiden Amerika Serikat Kamala "
      "Harris mempertegas komitmen AS untuk membela Jepang."},
     {F("Amerika Serikat", "supports", "Filipina", "asserted"), F("Amerika Serikat", "supports", "Jepang", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: another's decision that the speaker reports */
     {"Pemerintah Jepang menyatakan keputusan Filipina untuk menyerang China keliru."},
     {{0}}, {F("Jepang", "attacked", "China", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a state's support appreciated by an official goes to the official's state */
     {"Menteri Luar Negeri Palestina Riyad al-Maliki menyampaikan apresiasi atas dukungan Indonesia selama ini "
      "kepada mereka."},
     {F("Indonesia", "supports", "Palestina", "asserted")},
     {F("Indonesia", "supports", "Riyad al-Maliki", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a list of plain nouns after the preposition, then whose they are */
     {"Menteri Luar Negeri AS Antony Blinken menjanjikan dukungan untuk kemerdekaan, kedaulatan, dan "
      "integritas wilayah Kazakhstan."},
     {F("Antony Blinken", "supports", "Kazakhstan", NULL)}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: past a verb in the list */
     {"Amerika Serikat memberikan dukungan untuk rakyat, dan menyerang Kazakhstan."},
     {{0}}, {F("Amerika Serikat", "supports", "Kazakhstan", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* a doctrine is named by its head noun, even after a person's name */
     {"Doktrin Carter adalah kebijakan yang diumumkan oleh Presiden Amerika Serikat Jimmy Carter pada 1980."},
     {F("Jimmy Carter", "leaderOf", "Amerika Serikat", "asserted")}, {{0}}, {E("Doktrin Carter", "Agreement")},
     {E("Doktrin Carter", "Person")}, 1},
    {"agreement", /* must not: a lower-case doctrine is no name */
     {"Menteri Pertahanan Prabowo Subianto menganut doktrin militer yang keras."},
     {{0}}, {{0}}, {{0}}, {E("doktrin militer", "Agreement")}, 1},
    {"passive", /* the agent of a passive, after "oleh" or past the title's short form, acts in the "saat" clause */
     {"Hal tersebut dikemukakan Wakil Presiden (Wapres) Jusuf Kalla saat menerima kunjungan Ketua Senat "
      "Kazakhstan Kassym-Jomart Tokayev di Jakarta. Hal ini disampaikan oleh Menteri Pertahanan RI, Prabowo "
      "Subianto, saat menerima kunjungan Perdana Menteri Papua Nugini James Marape di Jakarta."},
     {F("Jusuf Kalla", "metWith", "Kassym-Jomart Tokayev", "asserted"),
      F("Prabowo Subianto", "metWith", "James Marape", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"passive", /* must not: the agent of an active clause's object is not carried */
     {"Wartawan bertanya kepada Wakil Presiden Jusuf Kalla saat Perdana Menteri Papua Nugini James Marape "
      "tiba di Jakarta."},
     {{0}}, {F("Jusuf Kalla", "metWith", "James Marape", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* a joint press appearance and speaking "bersama" someone */
     {"Presiden AS Donald Trump berbicara kepada reporter ketika bertemu pers bersama Perdana Menteri Inggris "
      "Theresa May pada Jumat."},
     {F("Donald Trump", "metWith", "Theresa May", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: speaking "bersama" the press meets no one */
     {"Presiden AS Donald Trump berbicara bersama wartawan di Gedung Putih."},
     {{0}}, {F("Donald Trump", "metWith", "Gedung Putih", NULL)}, {{0}}, {{0}}, 1},
    {"agreement", /* reaching or approving an agreement makes a party to it */
     {"Iran, Brasil dan Turki mencapai kesepakatan pertukaran bahan bakar. Parlemen Jepang menyetujui "
      "perjanjian perdagangan dengan Australia."},
     {F("Iran", "partyTo", "kesepakatan pertukaran bahan bakar Brasil\u2013Iran\u2013Turki", "asserted"),
      F("Turki", "partyTo", "kesepakatan pertukaran bahan bakar Brasil\u2013Iran\u2013Turki", "asserted"),
      F("Jepang", "partyTo", "perjanjian perdagangan Australia\u2013Jepang", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: an agreement not reached is no agreement */
     {"Namun, hingga akhir kunjungan, Rusia dan China belum mencapai kesepakatan final soal harga. Para "
      "negosiator gagal mencapai kesepakatan dengan Iran."},
     {{0}}, {F("Rusia", "partyTo", "kesepakatan final soal harga China\u2013Rusia", NULL)}, {{0}},
     {E("kesepakatan final soal harga China\u2013Rusia", "Agreement")}, 1},
    {"relations", /* "X dukungan Y": Y backs X */
     {"Sanaa berada di bawah kontrol pemberontak Houthi dukungan Iran sejak akhir 2014."},
     {F("Iran", "supports", "Houthi", "asserted")}, {F("Iran", "supports", "Yaman", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a giver's support the subject speaks of */
     {"Presiden Palestina Mahmoud Abbas menyampaikan terima kasih atas dukungan Indonesia."},
     {F("Indonesia", "supports", "Palestina", NULL)}, {F("Mahmoud Abbas", "supports", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"relations", /* an opponent or counterpart named between commas, past a title */
     {"Wakil Menteri Pertahanan Saudi, Khalid bin Salman menuduh lawannya, Iran, memerintahkan serangan "
      "itu. Menlu AS John Kerry bertemu mitranya, Menteri Luar Negeri China Wang Yi, di Beijing."},
     {F("Khalid bin Salman", "accused", "Iran", NULL), F("John Kerry", "metWith", "Wang Yi", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: a counterpart whom no name follows */
     {"Menlu AS John Kerry bertemu mitranya di Beijing, China."},
     {{0}}, {F("John Kerry", "metWith", "China", "asserted")}, {{0}}, {{0}}, 1},
    {"visit", /* leaving a foreign state for another: the traveller was in the one left, and leads none */
     {"Menlu AS Hillary Clinton bertolak ke Afrika Selatan dari Malawi, Minggu (5/8) seusai pertemuan dengan "
      "Presiden Joyce Banda."},
     {F("Hillary Clinton", "visited", "Malawi", "asserted"), F("Joyce Banda", "leaderOf", "Malawi", "asserted")},
     {F("Joyce Banda", "leaderOf", "Afrika Selatan", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* must not: leaving home, or a traveller of no known state */
     {"Presiden Joko Widodo bertolak dari Jakarta ke Tokyo. Ahmad Sumarno bertolak ke Tokyo dari Beijing."},
     {F("Joko Widodo", "visited", "Jepang", "asserted")},
     {F("Joko Widodo", "visited", "Indonesia", NULL), F("Ahmad Sumarno", "visited", "China", NULL)}, {{0}}, {{0}}, 1},
    {"visit", /* a courtesy call "dari" a titled holder, past the words and brackets that describe it */
     {"Menteri Pertahanan RI Sjafrie Sjamsoeddin menerima kunjungan kehormatan (courtesy call) dari Duta Besar "
      "Jepang untuk Indonesia Masaki Yasushi di Jakarta. Presiden Joko Widodo menerima courtesy call dari "
      "Menteri Luar Negeri Jepang Taro Kono."},
     {F("Sjafrie Sjamsoeddin", "metWith", "Masaki Yasushi", "asserted"),
      F("Joko Widodo", "metWith", "Taro Kono", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a visit received from a state no one of it is named for */
     {"Menteri Pertahanan RI Sjafrie Sjamsoeddin menerima kunjungan kehormatan (courtesy call) dari tiga "
      "perwakilan negara Eropa di Jakarta."},
     {{0}}, {F("Sjafrie Sjamsoeddin", "metWith", "Eropa", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* "muncul sebagai", "dikenal sebagai": copulas */
     {"Israel telah muncul sebagai pemasok senjata terbesar ketiga India. Qatar dikenal sebagai pendukung "
      "utama Hamas."},
     {F("Israel", "suppliedArmsTo", "India", "asserted"), F("Qatar", "supports", "Hamas", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: "muncul" alone is no copula */
     {"Israel muncul di forum itu bersama pemasok senjata terbesar India."},
     {{0}}, {F("Israel", "suppliedArmsTo", "India", NULL)}, {{0}}, {{0}}, 1},
    {"reference", /* a state's name with -nya glued to it */
     {"Perdana Menteri India Narendra Modi bertemu mitra Israelnya, Benjamin Netanyahu, di Tel Aviv."},
     {F("Narendra Modi", "metWith", "Benjamin Netanyahu", "asserted")}, {{0}},
     {E("Israel", "State")}, {E("Israelnya", "State")}, 1},
    {"reference", /* must not: a capitalised word in -nya that names no state */
     {"Presiden Joko Widodo menerima Penghargaannya di Jakarta."},
     {{0}}, {{0}}, {{0}}, {E("Penghargaan", "State")}, 1},
    {"agreement", /* a cooperation signed is an agreement; "dengan X" after agreements joined by "dan" */
     {"Di Port Moresby, Menlu AS Antony Blinken menandatangani kerja sama pertahanan dan perjanjian maritim "
      "dengan Papua Nugini."},
     {F("Amerika Serikat", "partyTo", "perjanjian maritim Amerika Serikat\u2013Papua Nugini", "asserted"),
      F("Papua Nugini", "partyTo", "perjanjian maritim Amerika Serikat\u2013Papua Nugini", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreement", /* must not: a cooperation agreed on or deepened is no document */
     {"Indonesia dan Jepang sepakat meningkatkan kerja sama pertahanan."},
     {F("Indonesia", "militaryCooperation", "Jepang", NULL)}, {{0}}, {{0}},
     {E("kerja sama pertahanan Indonesia\u2013Jepang", "Agreement")}, 1},
    {"visit", /* a journey's traveller past when, and a counted noun's place before the list that names them */
     {"Perjalanan Presiden Taiwan Tsai Ing-wen selama sepekan ini akan membawanya ke Tuvalu. Presiden Joko "
      "Widodo akan berkunjung ke tiga negara di Eropa, yaitu Jerman, Belanda dan Prancis."},
     {F("Tsai Ing-wen", "visited", "Tuvalu", "planned"), F("Joko Widodo", "visited", "Belanda", "planned"),
      F("Joko Widodo", "visited", "Prancis", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"visit", /* must not: a place after another preposition that no list follows */
     {"Presiden Joko Widodo akan berkunjung ke sebuah pabrik di Jerman bersama Kanselir Olaf Scholz."},
     {{0}}, {F("Joko Widodo", "visited", "Olaf Scholz", NULL)}, {{0}}, {{0}}, 1},
    {"relations", /* rejecting an offer or proposal opposes the one who made it */
     {"Papua Nugini telah menolak tawaran dari China. Indonesia menolak usulan Australia."},
     {F("Papua Nugini", "opposes", "China", "asserted"), F("Indonesia", "opposes", "Australia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"relations", /* must not: rejecting a charge denies it */
     {"Papua Nugini menolak tuduhan dari China."},
     {{0}}, {F("Papua Nugini", "opposes", "China", NULL)}, {{0}}, {{0}}, 1},
};

/* Cases the extractor gets wrong today: none at the moment (see the file
 * comment). */

int main(void) {
  /* every family must keep at least three counted cases */
  static const char *const families[] = {"role",     "apposition", "shortname", "passive",
                                         "nominal",  "coordination", "metonymy", "status",
                                         "boilerplate", "relations", "reference",
                                         "agreement", "visit", "alliance", "govbody", "places"};
  return rule_cases_main("rule cases", cases, sizeof cases / sizeof cases[0], NULL, 0, families,
                         sizeof families / sizeof families[0], 3);
}
