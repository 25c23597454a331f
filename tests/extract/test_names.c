/* SPDX-License-Identifier: MIT */
/* Names with no lexicon entry (see rule_cases.h for what a case says):
 * titles and honorifics before a name, names with initials and particles,
 * agreements and bodies named by a head noun, bare names. Each family has
 * cases where the rule fires and cases where it must not. */
#include "rule_cases.h"

static const rule_case cases[] = {
    /* ---- title: honorifics, ranks, qualifiers and brackets in a title chain ---- */
    {"title", /* the title's short form in brackets; "Perdana Menteri" alone is no
               * president met before */
     {"Presiden Ghana John Mahama menerima Perdana Menteri (PM) Kepulauan Solomon, Jeremiah "
      "Manele. Perdana Menteri mengatakan kunjungan itu penting."},
     {F("John Mahama", "leaderOf", "Ghana", "asserted"),
      F("Jeremiah Manele", "leaderOf", "Kepulauan Solomon", "asserted")},
     {F("John Mahama", "leaderOf", "Kepulauan Solomon", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* an envoy's rank after the title, a state's formal name, the post "untuk"
               * another state */
     {"Presiden menerima surat kepercayaan dari duta besar negara sahabat:\n\n1. Ivo Marek, "
      "Duta Besar LBBP Republik Ceko untuk Republik Indonesia;\n\n2. Lars Holm, Dubes LBBP "
      "Kerajaan Denmark untuk Republik Indonesia."},
     {F("Ivo Marek", "officialOf", "Ceko", "asserted"),
      F("Lars Holm", "officialOf", "Denmark", "asserted")},
     {F("Ivo Marek", "officialOf", "Indonesia", NULL), F("Lars Holm", "officialOf", "Indonesia", NULL)},
     {{0}}, {{0}}, 1},
    {"agreement", /* an embargo on a state is a regime: its goods, issuer and target name it;
                   * a later "embargo" on the same target, or "embargo itu", is the same */
     {"Majelis Umum PBB mengutuk embargo ekonomi Amerika terhadap Kuba. Amerika memberlakukan "
      "embargo atas Kuba tahun 1960. Diplomat Amerika Ronald Godard membela embargo itu."},
     {F("Majelis Umum PBB", "criticized", "embargo Amerika Serikat terhadap Kuba", "asserted"),
      F("Ronald Godard", "supports", "embargo Amerika Serikat terhadap Kuba", "asserted")},
     {{0}},
     {E("embargo Amerika Serikat terhadap Kuba", "Agreement")},
     {E("embargo terhadap Kuba", NULL)}, 1},
    {"agreement", /* must not: an arms embargo is another regime than the economic one; an
                   * embargo on no state named is none */
     {"Amerika memberlakukan embargo terhadap Kuba. Rusia mendukung embargo senjata terhadap "
      "Kuba.\n\nPara petani menolak embargo beras."},
     {{0}}, {{0}},
     {E("embargo terhadap Kuba", "Agreement"), E("embargo senjata terhadap Kuba", "Agreement")},
     {E("embargo beras", NULL)}, 1},
    {"agreement", /* a body's charter or resolution is an agreement of its own, the body too */
     {"Piagam CSTO menegaskan kembali keinginan semua negara anggota. Resolusi PBB 2231 disahkan."},
     {{0}}, {{0}},
     {E("Piagam CSTO", "Agreement"), E("CSTO", "Organization"), E("Resolusi PBB 2231", "Agreement")},
     {{0}}, 1},
    {"agreement", /* must not: a head that also means consent, then a body alone, is its
                   * approval ("Persetujuan PBB atas rencana itu") */
     {"Persetujuan PBB atas rencana itu diberikan pada Senin."},
     {{0}}, {{0}}, {{0}},
     {E("Persetujuan PBB", NULL)}, 1},
    {"acronym", /* an unknown acronym named as a body, or after a post held in it, is one */
     {"Etiopia menanggapi permintaan blok itu, yang dikenal sebagai IGAD. Para pemimpin CEMAC "
      "bertemu di Addis Ababa."},
     {{0}}, {{0}},
     {E("IGAD", "Organization"), E("CEMAC", "Organization")}, {{0}}, 1},
    {"acronym", /* must not: a common abbreviation there is none */
     {"Ia dikenal sebagai WNI. Para pemimpin HAM bertemu pukul 10.00 WIB."},
     {{0}}, {{0}}, {{0}},
     {E("WNI", NULL), E("HAM", NULL), E("WIB", NULL)}, 1},
    {"barename", /* a bare family name shared by several office holders, none named in full:
                  * the lexicon's leader in office of a state the text names */
     {"Presiden Amerika Serikat bertemu pemimpin Korea Utara di Hanoi. Kim bertemu Perdana "
      "Menteri Vietnam Pham Minh Chinh sehari sebelumnya."},
     {F("Kim Jong Un", "metWith", "Pham Minh Chinh", "asserted")},
     {{0}},
     {E("Kim Jong Un", "Person")},
     {{0}},
     1},
    {"barename", /* must not: with no state of theirs named, no leader is meant */
     {"Kim mengunjungi Jakarta pekan lalu."},
     {{0}}, {{0}}, {{0}},
     {E("Kim Jong Un", NULL), E("Kim Tok Hun", NULL)}, 1},
    {"speaker", /* after "menurut", ordinary words name a thing, not a person */
     {"Menurut Jajak Pendapat BBC World Service 2013, persepsi Indonesia terbagi. Menurut Kitab "
      "Sejarah Melayu, kerajaan itu kuat."},
     {{0}}, {{0}}, {{0}},
     {E("Jajak Pendapat", NULL), E("Kitab Sejarah Melayu", NULL)}, 1},
    {"speaker", /* must not: a person's name there is one */
     {"Menurut Tom Lembong, Indonesia siap. \"Kami siap,\" kata Desra Percaya."},
     {{0}}, {{0}},
     {E("Tom Lembong", "Person"), E("Desra Percaya", "Person")}, {{0}}, 1},
    {"acronym", /* a currency code is no body; a common misspelling of a state is the state */
     {"Perdagangan kedua negara senilai 570 juta USD pada 2017. Duta besar Ukrania untuk Rusia "
      "telah ditarik."},
     {{0}}, {{0}},
     {E("Ukraina", "State")}, {E("USD", NULL), E("Ukrania", NULL)}, 1},
    {"event", /* a war or crisis in lower case, then one name no lexicon knows as an actor */
     {"Nasser menasionalisasi terusan itu yang mengakibatkan krisis Suez."},
     {{0}}, {{0}}, {E("krisis Suez", "Event")}, {{0}}, 1},
    {"body", /* an English body's name ends with "of" and the place it is of; a school named
              * after someone ends with the name */
     {"Hilal Khashan, yang mengajar ilmu politik di American University of Beirut, mengatakan "
      "hal itu. Para siswa Universitas Militer Kim Il-sung hadir."},
     {{0}}, {{0}},
     {E("American University of Beirut", "Organization"), E("Universitas Militer Kim Il-sung", "Organization")},
     {E("American University", NULL), E("Universitas Militer", NULL)}, 1},
    {"body", /* must not: a party's name stops before the person who leads it */
     {"Sekretaris Jenderal Partai Buruh Korea Kim Jong Un hadir."},
     {{0}}, {{0}}, {E("Kim Jong Un", "Person")}, {E("Partai Buruh Korea Kim Jong Un", NULL)}, 1},
    {"agreement", /* a title of three capitalised words with no parties named is known by it */
     {"India dan Afghanistan memandang Perjanjian Keamanan Bilateral penting bagi kestabilan "
      "kawasan."},
     {{0}}, {{0}}, {E("Perjanjian Keamanan Bilateral", "Agreement")}, {{0}}, 1},
    {"agreement", /* must not: two words only, a kind and no name */
     {"Para menteri membahas Kesepakatan Bersama dalam pertemuan itu."},
     {{0}}, {{0}}, {{0}}, {E("Kesepakatan Bersama", NULL)}, 1},
    {"state", /* states with no ISO code that news treats as sides of their own; a state
               * named for its people ("Siprus Yunani") before its leader's name */
     {"Turki adalah satu-satunya negara yang mengakui Siprus Turki. Republik Arab Sahrawi adalah "
      "anggota Uni Afrika. Presiden Siprus Yunani Nicos Anastasiades tiba."},
     {{0}}, {{0}},
     {E("Republik Turki Siprus Utara = Siprus Turki", "State"), E("Turki", "State"),
      E("Republik Demokratik Arab Sahrawi", "State"), E("Nicos Anastasiades", "Person"), E("Siprus", "State")},
     {E("Yunani", NULL)}, 1},
    {"state", /* a people named after a state is no state; the state named alone is */
     {"Ketegangan antara etnis Albania dan etnik Serbia di Kosovo meningkat."},
     {{0}}, {{0}}, {E("Kosovo", NULL)}, {E("Albania", NULL), E("Serbia", NULL)}, 1},
    {"state", /* must not: the state itself after another word */
     {"Presiden Albania bertemu warga Serbia di Tirana."},
     {{0}}, {{0}}, {E("Albania", "State"), E("Serbia", "State")}, {{0}}, 1},
    {"place", /* a known place whose name opens with a place's common noun, in lower case;
               * the six-party talks in lower case */
     {"Ketegangan meningkat di semenanjung Korea. Korea Utara diminta kembali ke pembicaraan enam "
      "pihak."},
     {{0}}, {{0}},
     {E("Semenanjung Korea = semenanjung Korea", "Place"), E("Perundingan Enam Pihak", "Event")},
     {E("Korea", NULL)}, 1},
    {"place", /* must not: a place noun before a state is no known place's name */
     {"Kapal itu berlayar di laut Indonesia."},
     {{0}}, {{0}}, {E("Indonesia", "State")}, {E("laut Indonesia", NULL)}, 1},
    {"place", /* the South Pacific is a region of its own, not the ocean */
     {"China ingin membangun pangkalan di Pasifik Selatan. Kapal itu berlayar di Samudra Pasifik."},
     {{0}}, {{0}}, {E("Pasifik Selatan", "Place"), E("Samudra Pasifik", "Place")},
     {E("Samudra Pasifik = Pasifik Selatan", NULL)}, 1},
    {"body", /* a ministry named without its state is the one of the state whose minister of
              * that portfolio the document names */
     {"Menteri Pertahanan Malaysia Mohamad Sabu tiba. Kementerian Pertahanan menyambut baik "
      "kunjungan itu.", "Menteri Luar Negeri AS Rex Tillerson tiba di Nairobi. Departemen Luar Negeri "
      "menyebut lawatan itu penting."},
     {{0}}, {{0}},
     {E("Kementerian Pertahanan Malaysia = Kementerian Pertahanan", "Organization"),
      E("Departemen Luar Negeri AS = Departemen Luar Negeri", "Organization")},
     {E("Kementerian Pertahanan", NULL), E("Departemen Luar Negeri", NULL)}, 1},
    {"body", /* must not: the ministers of two states leave it open */
     {"Menteri Luar Negeri Retno Marsudi menerima Menteri Luar Negeri AS Mike Pompeo di Gedung "
      "Pancasila, Kementerian Luar Negeri."},
     {{0}}, {{0}}, {E("Kementerian Luar Negeri", "Organization")},
     {E("Kementerian Luar Negeri Amerika Serikat", NULL), E("Departemen Luar Negeri AS", NULL)}, 1},
    {"title", /* after a head of state's one-word title, a first name that is also a word
               * begins the name, no unit of a post */
     {"Houthi membunuh bekas sekutu mereka Presiden Ali Abdullah Saleh."},
     {{0}}, {{0}}, {E("Ali Abdullah Saleh", "Person")}, {E("Abdullah Saleh", NULL)}, 1},
    {"title", /* must not: a director's unit before the name stays the unit's */
     {"Direktur Jenderal Imigrasi Ronny Sompie hadir."},
     {{0}}, {{0}}, {E("Ronny Sompie", "Person")}, {E("Imigrasi Ronny Sompie", NULL)}, 1},
    {"title", /* "Amir" (emir) leads the state it names */
     {"Presiden Joko Widodo bertemu Amir Qatar Tamim bin Hamad Al Thani di Doha."},
     {F("Tamim bin Hamad Al Thani", "leaderOf", "Qatar", "asserted"),
      F("Joko Widodo", "metWith", "Tamim bin Hamad Al Thani", "asserted")},
     {{0}}, {E("Tamim bin Hamad Al Thani", "Person")}, {E("Amir Qatar", NULL)}, 1},
    {"body", /* a title ending with a body's word, then a state: the state's body is named */
     {"Kerry tiba bersama sejumlah anggota Kongres AS. Ia bertemu anggota parlemen Iran."},
     {{0}}, {{0}}, {E("Kongres AS", "Organization"), E("Amerika Serikat", "State"), E("Iran", "State")},
     {{0}}, 1},
    {"body", /* must not: the holder's name after the state keeps the title whole */
     {"Ia bertemu anggota Kongres AS John Smith di Washington."},
     {{0}}, {{0}}, {E("John Smith", "Person")}, {E("Kongres AS", NULL)}, 1},
    {"body", /* a state's mission is known by the city it is in; the city stays a place */
     {"Bom meledak di Kedutaan Besar AS di Nairobi. Ia mengungsi ke Kedutaan Besar Meksiko di "
      "Quito."},
     {{0}}, {{0}},
     {E("Kedutaan Besar AS di Nairobi", "Organization"), E("Nairobi", "Place"),
      E("Kedutaan Besar Meksiko di Quito", "Organization")},
     {E("Kedutaan Besar AS", NULL)}, 1},
    {"body", /* must not: no city after "di", or a body that is no mission */
     {"Duta besar itu bekerja di Kedutaan Besar Inggris di sana. Kementerian Luar Negeri China di "
      "Beijing mengecam serangan itu."},
     {{0}}, {{0}}, {E("Kedutaan Besar Inggris", "Organization")},
     {E("Kementerian Luar Negeri China di Beijing", NULL)}, 1},
    {"event", /* a war in lower case, "di" and a state written any way: the war the lexicon
               * names by the word and the state; the state stays an entity */
     {"Kedua menteri membahas konflik di Suriah dan perang di Ukraina. Pada 2015 konflik Syria "
      "memburuk."},
     {{0}}, {{0}},
     {E("Perang Saudara Suriah = konflik di Suriah", "Event"), E("Perang Saudara Suriah = konflik Syria", "Event"),
      E("Perang Ukraina = perang di Ukraina", "Event"), E("Suriah", "State")},
     {{0}}, 1},
    {"event", /* must not: a word the lexicon names no war of this state by */
     {"Kedua menteri membahas krisis di Suriah dan perang di Indonesia."},
     {{0}}, {{0}}, {E("Suriah", "State")}, {E("krisis di Suriah", NULL), E("perang di Indonesia", NULL)}, 1},
    {"event", /* must not: an ordinary word after it, a known body, or more of a name */
     {"Krisis ekonomi melanda kawasan itu. Hamas memicu konflik Hamas dengan Israel. Presiden "
      "memantau krisis Jakarta Selatan."},
     {{0}}, {{0}}, {{0}},
     {E("krisis ekonomi", NULL), E("konflik Hamas", NULL), E("krisis Jakarta", NULL)}, 1},
    {"people", /* a faith or a people in capitals starts no name */
     {"Blok Teluk yang mayoritas adalah warga Muslim Sunni menaruh kecurigaan terhadap Iran. "
      "Pengungsi Rohingya tiba di Aceh."},
     {{0}}, {{0}}, {E("Iran", "State")},
     {E("Muslim Sunni", NULL), E("Rohingya", NULL), E("Muslim", NULL)}, 1},
    {"agreements", /* an agreement agreed on, its head alone; "memorandum pemahaman" */
     {"Pada Februari 2013 Indonesia dan Nigeria menyepakati perjanjian untuk pemeliharaan pesawat.",
      "Pada Juni 2009, pemerintah Indonesia dan Yordania telah menandatangani memorandum pemahaman "
      "atas penempatan TKI."},
     {F("Indonesia", "partyTo", "perjanjian Indonesia\u2013Nigeria 2013", "asserted"),
      F("Nigeria", "partyTo", "perjanjian Indonesia\u2013Nigeria 2013", "asserted"),
      F("Yordania", "partyTo", "memorandum pemahaman Indonesia\u2013Yordania 2009", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"agreements", /* must not: agreeing to act is no agreement signed */
     {"Indonesia dan Nigeria menyepakati untuk meningkatkan perdagangan."},
     {{0}}, {{0}}, {{0}}, {E("perjanjian", NULL), E("kesepakatan", NULL)}, 1},
    {"places", /* the capital named after "ibukota <state>," is a place of its own; a
                * coordinating minister's portfolio is no part of the name */
     {"Presiden Iran Mahmoud Ahmadinejad tiba di ibukota Nikaragua, Managua, Sabtu malam.",
      "Jokowi didampingi oleh Menko Ekonomi Darmin Nasution."},
     {F("Mahmoud Ahmadinejad", "visited", "Nikaragua", "asserted")},
     {{0}}, {E("Managua", "Place"), E("Darmin Nasution", "Person")}, {E("Ekonomi Darmin Nasution", NULL)}, 1},
    {"agreements", /* a body's resolution it does not number: known by body and topic */
     {"China dan Rusia memveto resolusi Dewan Keamanan PBB tentang Suriah.",
      "Indonesia mendukung resolusi Majelis Umum PBB terhadap Israel."},
     {F("China", "opposes", "resolusi Dewan Keamanan PBB tentang Suriah", "asserted"),
      F("Indonesia", "supports", "resolusi Majelis Umum PBB terhadap Israel", "asserted")},
     {F("China", "opposes", "Dewan Keamanan PBB", NULL), F("Indonesia", "supports", "Majelis Umum PBB", NULL)},
     {E("resolusi Dewan Keamanan PBB tentang Suriah", "Agreement"), E("Dewan Keamanan PBB", "Organization")},
     {{0}}, 1},
    {"agreements", /* must not: a numbered resolution keeps its name; a state's resolution is none */
     {"Iran melanggar Resolusi PBB 2231.", "Parlemen Iran mengesahkan resolusi Iran."},
     {F("Iran", "violated", "Resolusi PBB 2231", "asserted")},
     {{0}}, {{0}},
     {E("resolusi Perserikatan Bangsa-Bangsa", NULL), E("resolusi Iran", NULL)}, 1},
    {"agreements", /* another name in brackets after "atau"; parties after "antara negara";
                    * the holder's name right after a body's acronym in brackets */
     {"Perjanjian Simla (atau Perjanjian Shimla) adalah sebuah perjanjian damai antara negara India "
      "dan Pakistan.",
      "Pemimpin Serikat Oposisi Tajik (UTO) Sayyid Abdulloh Nuri menandatangani kesepakatan itu."},
     {F("India", "partyTo", "Perjanjian Simla", "asserted"), F("Pakistan", "partyTo", "Perjanjian Simla", "asserted"),
      F("Abdulloh Nuri", "leaderOf", "Serikat Oposisi Tajik", "asserted")},
     {{0}}, {E("Perjanjian Simla = Perjanjian Shimla", "Agreement")}, {E("Perjanjian Shimla", NULL)}, 1},
    {"agreements", /* must not: a state in brackets after "atau" is no other name of a treaty */
     {"Perjanjian Simla (atau Pakistan) ditandatangani.", "Pemimpin PLO (Palestina) Yasser Arafat tiba."},
     {{0}}, {{0}}, {{0}}, {E("Pakistan = Perjanjian Simla", NULL)}, 1},
    {"bodies", /* an unknown name after a lower-case head noun of a body */
     {"Jimmy Stevens, kepala gerakan Nagriamel, memimpin pemberontakan."},
     {{0}}, {{0}}, {E("Nagriamel", "Organization")}, {{0}}, 1},
    {"bodies", /* must not: ordinary words or an acronym after the head noun */
     {"Ia anggota partai Komunis. Ia hadir di forum Ekonomi Dunia. Ia bicara kepada komisi HAM."},
     {{0}}, {{0}}, {{0}}, {E("Komunis", NULL), E("Ekonomi Dunia", NULL), E("HAM", NULL)}, 1},
    {"bodies", /* an honorific after a body's head starts the person's name */
     {"Ketua Delegasi Senat Mr Stanislaw Karczewski tiba di Jakarta."},
     {{0}}, {{0}}, {E("Stanislaw Karczewski", "Person")}, {E("Senat Mr Stanislaw Karczewski", NULL)}, 1},
    {"bodies", /* must not: a body's name goes on over capitalised words that are no honorific */
     {"Delegasi Senat Republik Polandia tiba di Jakarta."},
     {{0}}, {{0}}, {E("Senat Republik Polandia", "Organization")}, {E("Republik Polandia", "Person")}, 1},
    {"bodies", /* a group word and a faith is a kind of group, no name */
     {"Grup Syiah militan Hutsiyyun yang didukung Iran menggulingkan pemerintah. Kelompok Sunni menolak."},
     {F("Iran", "supports", "Houthi", "asserted")}, {{0}}, {E("Houthi", "Organization")},
     {E("Grup Syiah", NULL), E("Kelompok Sunni", NULL)}, 1},
    {"bodies", /* must not: a body named after a faith keeps its name */
     {"Mohammad Roem aktif dalam Sarekat Islam dan Partai Kristen Demokrat."},
     {{0}}, {{0}}, {E("Sarekat Islam", "Organization"), E("Partai Kristen Demokrat", "Organization")}, {{0}}, 1},
    {"people", /* a title right before a known person is that person's, not the name's before */
     {"Presiden Nikaragua Daniel Ortega tiba. Sebelumnya seorang sekutu Ortega, Presiden Venezuela "
      "Hugo Chavez mengatakan hal itu."},
     {F("Hugo Ch\u00e1vez", "leaderOf", "Venezuela", "asserted")},
     {F("Daniel Ortega", "leaderOf", "Venezuela", NULL)}, {{0}}, {{0}}, 1},
    {"people", /* a monarch's given name alone is the lexicon's monarch of a state the text
                * names; a second post after a slash is no part of a name */
     {"Obama terbang ke Amman, ibukota Yordania, di mana ia bertemu Raja Abdullah.",
      "Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas Bambang Brodjonegoro hadir."},
     {F("Barack Obama", "metWith", "Abdullah II", "asserted"),
      F("Bambang Brodjonegoro", "leaderOf", "Badan Perencanaan Pembangunan Nasional", "asserted")},
     {{0}}, {{0}}, {E("Perencanaan Pembangunan Nasional", NULL)}, 1},
    {"people", /* must not: with no state of the monarch named, the given name stays one */
     {"Raja Abdullah bin Abdulaziz tiba di Riyadh."},
     {{0}}, {F("Abdullah II", "visited", "Arab Saudi", NULL)}, {{0}}, {E("Abdullah II", NULL)}, 1},
    {"people", /* "yang terguling", "yang digulingkan" between a title and its holder */
     {"Presiden Yaman yang terguling Abdur Rabbuh Mansur Hadi melarikan diri ke Arab Saudi.",
      "Presiden Mesir yang digulingkan, Mohamed Morsi, ditahan."},
     {F("Abdur Rabbuh Mansur Hadi", "leaderOf", "Yaman", "asserted"), F("Mohamed Morsi", "leaderOf", "Mesir", "asserted")},
     {{0}}, {{0}}, {E("Terguling Abdur Rabbuh Mansur Hadi", NULL)}, 1},
    {"people", /* must not: a relative clause with a verb of its own is no qualifier */
     {"Presiden Yaman yang melarikan diri ke Arab Saudi tiba."},
     {{0}}, {{0}}, {{0}}, {E("Arab Saudi Abdur", NULL)}, 1},
    {"people", /* "Kamerad" is an honorific, no part of the name */
     {"\"Kami menunggu Kamerad Kim di Moskow,\" ujar Lavrov setelah bertemu Kim Jong Un."},
     {{0}}, {{0}}, {{0}}, {E("Kamerad Kim", NULL)}, 1},
    {"people", /* a faith stays one after a person named with it: not "Islam" Karimov */
     {"Presiden Uzbekistan Islam Karimov mengunjungi Jakarta.",
      "Indonesia mendukung nilai-nilai Islam dan demokrasi."},
     {F("Islam Karimov", "visited", "Indonesia", "asserted")},
     {F("Indonesia", "supports", "Islam Karimov", NULL)}, {{0}}, {{0}}, 1},
    {"people", /* must not: a name the lexicon lists that starts with one */
     {"Hamas dan Ikhwanul Muslimin bertemu di Kairo."},
     {{0}}, {{0}}, {E("Hamas", "Organization")}, {{0}}, 1},
    {"language", /* "bahasa X" names a language, not the state or people of X */
     {"Organisasi Traktat Keamanan Kolektif (bahasa Inggris: Collective Security Treaty "
      "Organization) dibentuk oleh Rusia. Perang Korea (bahasa Korea: Hanguk Jeonjaeng) pecah."},
     {{0}}, {{0}},
     {E("Rusia", "State")},
     {E("Inggris", NULL), E("Korea", NULL)}, 1},
    {"language", /* must not: the state itself, not after "bahasa" */
     {"Pasukan Inggris tiba di Korea Selatan."},
     {{0}}, {{0}},
     {E("Inggris", "State"), E("Korea Selatan", "State")}, {{0}}, 1},
    {"event", /* a known war, then its number, or a longer state's name it ends inside; a
               * name word after the state */
     {"Perang Teluk I dimulai pada 1990. Perang Saudara Sudan Selatan pecah pada 2013. Kuba "
      "ikut dalam Perang Kemerdekaan Amerika Hispanik."},
     {{0}}, {{0}},
     {E("Perang Teluk I", "Event"), E("Perang Saudara Sudan Selatan", "Event"),
      E("Perang Kemerdekaan Amerika Hispanik", "Event"), E("Sudan Selatan", "State")},
     {E("Perang Saudara Sudan", NULL), E("Perang Teluk", NULL)}, 1},
    {"event", /* must not: the known war of the shorter state stays itself; a verb after the
               * state ends the name */
     {"Perang Saudara Sudan berakhir. Perang Kemerdekaan Amerika Berakhir pada 1783."},
     {{0}}, {{0}},
     {E("Perang Saudara Sudan", "Event")},
     {E("Perang Saudara Sudan Selatan", NULL), E("Perang Kemerdekaan Amerika Berakhir", NULL)}, 1},
    {"title", /* a portfolio in ordinary capitalised words is the post's, not a holder's name */
     {"Presiden didampingi oleh Menteri Koordinator Bidang Perekonomian Airlangga Hartarto. "
      "Indonesia berbagi pandangan dengan Komisioner Tinggi PBB untuk Pengungsi. Direktur Kerja "
      "Sama Politik dan Keamanan ASEAN, Chandra Widya, hadir."},
     {{0}}, {{0}},
     {E("Airlangga Hartarto", "Person")},
     {E("Bidang Perekonomian", NULL), E("Tinggi", NULL), E("Kerja Sama Politik", NULL)}, 1},
    {"title", /* must not: one ordinary word before a name is a first name; a heading's words */
     {"Presiden Yaman Ali Abdullah Saleh tiba di Riyadh.\n\nMenlu Don Pramudwinai Hadiri KTT "
      "ASEAN"},
     {F("Ali Abdullah Saleh", "leaderOf", "Yaman", "asserted")}, {{0}},
     {E("Ali Abdullah Saleh", "Person"), E("Don Pramudwinai", "Person")},
     {E("Abdullah Saleh", NULL)}, 1},
    {"title", /* a title ending in a body's head word, then a person's name: the name */
     {"Kepala Sekretaris Kabinet Yoshimasa Hayashi menuduh Rusia menampung pekerja Korea Utara."},
     {F("Yoshimasa Hayashi", "accused", "Rusia", "asserted")},
     {{0}}, {{0}}, {E("Kabinet Yoshimasa Hayashi", NULL)}, 1},
    {"title", /* a title ending in a body's head word, then only a state: the state's */
     {"Wakil Sekretaris Kabinet Jepang Yoshihiko Isozaki mengecam Korea Utara."},
     {F("Yoshihiko Isozaki", "officialOf", "Jepang", "asserted"),
      F("Yoshihiko Isozaki", "criticized", "Korea Utara", "asserted")},
     {{0}}, {{0}}, {E("Kabinet Jepang", NULL)}, 1},
    {"title", /* a state's body in lower case after the title, then its holder's name */
     {"Hal itu dikatakan juru bicara kementerian luar negeri China, Geng Shuang, kepada wartawan."},
     {F("Geng Shuang", "officialOf", "Kementerian Luar Negeri China", "asserted"),
      F("Geng Shuang", "officialOf", "China", "asserted")},
     {{0}}, {E("Geng Shuang", "Person")}, {{0}}, 1},
    {"title", /* with no name after them, lower-case words and a state are the body, as
               * when capitalised, and no holder is read */
     {"Juru bicara kementerian luar negeri China mengecam Jepang, Korea Selatan dan Amerika."},
     {F("Kementerian Luar Negeri China", "criticized", "Jepang", "asserted")},
     {{0}}, {E("Kementerian Luar Negeri China", "Organization")}, {E("Juru bicara kementerian luar negeri China", NULL)}, 1},
    {"title", /* one name after a title; must not: an ordinary word after it (the
               * post's field, capitalised) is no one's name */
     {"Menurut Direktur Sumarsono, rencana itu akan dibahas.",
      "Ia menjabat sebagai Direktur Operasional sejak tahun lalu.",
      "Sejak 2019 ia menjadi guru Matematika di sekolah itu."},
     {{0}}, {{0}}, {E("Sumarsono", "Person")},
     {E("Operasional", NULL), E("Matematika", NULL)}, 1},
    {"head", /* in a heading in title case, an agreement's name ends before an adverb,
              * a time word or a verb */
     {"Perjanjian Logistik Militer AS-India Masih Belum Rampung\n\nAmerika dan India setuju "
      "berbagi logistik militer.",
      "Korea Selatan, Jepang Capai Persetujuan Pertukaran Intelijen Hari Ini\n\nJepang dan "
      "Korea Selatan menandatangani persetujuan."},
     {F("Jepang", "partyTo", "Persetujuan Pertukaran Intelijen", "asserted")}, {{0}},
     {E("Perjanjian Logistik Militer AS-India", "Agreement")},
     {E("Perjanjian Logistik Militer AS-India Masih Belum Rampung", NULL),
      E("Persetujuan Pertukaran Intelijen Hari Ini", NULL)},
     1},
    {"head", /* must not: in running text a capitalised word goes on with the name */
     {"Kedua negara menandatangani Perjanjian Kerja Sama Pertahanan Baru pada hari Senin."},
     {{0}}, {{0}}, {E("Perjanjian Kerja Sama Pertahanan Baru", "Agreement")}, {{0}}, 1},
    {"head", /* a kind of event or body alone names none: an event's head and common
              * words, a body's head and the word that completes it */
     {"Presiden Joko Widodo menghadiri Konferensi Tingkat Tinggi di Jakarta dan memberi "
      "Konferensi Pers. KTT Darurat itu dibuka di Kedutaan Besar dan Angkatan Laut berjaga."},
     {{0}}, {{0}}, {E("Joko Widodo", "Person"), E("Jakarta", "Place")},
     {E("Konferensi Tingkat Tinggi", NULL), E("Konferensi Pers", NULL), E("KTT Darurat", NULL),
      E("Kedutaan Besar", NULL)},
     1},
    {"head", /* must not: a number, a place, a body or a state after the head names one */
     {"Presiden Joko Widodo menghadiri Konferensi Tingkat Tinggi ke-5 di Jakarta. Kedutaan "
      "Besar Jepang dan Angkatan Laut India berjaga. KTT Tahunan 2019 dibuka."},
     {{0}}, {{0}},
     {E("Konferensi Tingkat Tinggi ke-5", "Event"), E("Kedutaan Besar Jepang", "Organization"),
      E("Angkatan Laut India", "Organization"), E("KTT Tahunan 2019", "Event")},
     {{0}}, 1},
    {"place", /* a state and a point of the compass: a region of it, with the state named
               * inside; a state whose name holds the compass stays a state */
     {"Pasukan Haftar menguasai Libya Timur. Banjir melanda India Timur Laut. Korea Selatan "
      "dan Sudan Selatan hadir."},
     {{0}}, {{0}},
     {E("Libya Timur", "Place"), E("Libya", "State"), E("India Timur Laut", "Place"),
      E("Sudan Selatan", "State")},
     {E("Korea", NULL)}, 1},
    {"place", /* a place's head word before a name, even a known one */
     {"Isu di Semenanjung Korea turut dibahas. Mesir menasionalisasi Terusan Suez pada 1956."},
     {{0}}, {{0}}, {E("Semenanjung Korea", "Place"), E("Terusan Suez", "Place")}, {{0}}, 1},
    {"place", /* must not: a sea's name keeps its state and compass ("Laut Cina Selatan") */
     {"Clinton Desak ASEAN Bersatu soal Laut Cina Selatan\n\nClinton tiba di Jakarta."},
     {{0}}, {{0}}, {{0}}, {E("Cina Selatan", NULL)}, 1},
    {"head", /* an English head ends a body's name, after one to three capitalised words */
     {"Pesawat itu dibuat oleh Lockheed Corporation. Pertandingan itu dimenangi Arema FC. Laporan Pacific "
      "Islands Development Forum terbit."},
     {{0}}, {{0}},
     {E("Lockheed Corporation", "Organization"), E("Arema FC", "Organization")},
     {{0}}, 1},
    {"head", /* must not: a known body before the words takes them in; a lower-case word
              * before the head names nothing */
     {"Menurut jajak pendapat BBC World Service tahun 2013. Ia bekerja di sebuah bank swasta."},
     {{0}}, {{0}}, {{0}}, {E("World Service", NULL)}, 1},
    {"head", /* a known place may open an English body's name */
     {"Menurut analis di Middle East Institute, sanksi itu efektif."},
     {{0}}, {{0}}, {E("Middle East Institute", "Organization")}, {{0}}, 1},
    {"head", /* must not: an Indonesian word opens no English name, nor does a state */
     {"Negara-negara Cairns Group bertemu. Pejabat Kazakhstan Institute mengatakan. Pesawat "
      "maskapai Rusia Nordwind Airlines mendarat."},
     {{0}}, {{0}}, {{0}},
     {E("Negara-negara Cairns Group", NULL), E("Kazakhstan Institute", NULL),
      E("Rusia Nordwind Airlines", NULL)}, 1},
    {"head", /* a possessive ends a body's words: "Kedutaan Besar-nya" names no body */
     {"Indonesia membuka Kedutaan Besar-nya di Pretoria pada 1995."},
     {{0}}, {{0}}, {E("Pretoria", "Place")}, {E("Kedutaan Besar-nya", NULL)}, 1},
    {"head", /* must not: a body's name with no possessive stays whole (the lexicon's KBRI) */
     {"Indonesia membuka Kedutaan Besar Republik Indonesia di Pretoria pada 1995."},
     {{0}}, {{0}}, {E("KBRI", "Organization")}, {{0}}, 1},
    {"bodyname", /* a company by "PT" (perseroan terbatas) and a party's group in parliament
                  * by "Fraksi"; must not: "PT" with no name after it */
     {"Ia bekerja di PT Sumber Alfaria Trijaya sejak 2015.",
      "Usul itu ditolak Fraksi Karya Pembangunan di parlemen.",
      "Ia bekerja di sebuah PT di Surabaya."},
     {{0}}, {{0}},
     {E("PT Sumber Alfaria Trijaya", "Organization"), E("Fraksi Karya Pembangunan", "Organization")},
     {E("PT", NULL), E("Karya Pembangunan", NULL)}, 1},
    {"bodyname", /* unknown names given as examples of a kind of body ("organisasi seperti",
                  * "perusahaan yaitu") are bodies; must not: examples of people or places */
     {"Ia aktif di berbagai organisasi seperti Jong Sumatranen Bond sejak muda.",
      "Sejumlah perusahaan yaitu Wira Karsa Nusantara ikut dalam lelang itu.",
      "Ia pernah bertemu tokoh seperti Hendra Wiguna di kota-kota seperti Tasikmalaya dan Garut."},
     {{0}}, {{0}},
     {E("Jong Sumatranen Bond", "Organization"), E("Wira Karsa Nusantara", "Organization"),
      E("Hendra Wiguna", "Person"), E("Garut", "Place")},
     {E("Jong Sumatranen Bond", "Person"), E("Hendra Wiguna", "Organization"),
      E("Garut", "Organization")},
     1},
    {"bodyname", /* a state's body in lower case anywhere: its head, a few words, the state */
     {"Presiden Obama berpidato di hadapan parlemen Australia. Seorang pejabat departemen "
      "pertahanan Korea Selatan mengatakan hal itu."},
     {{0}}, {{0}},
     {E("Parlemen Australia", "Organization"), E("Australia", "State"),
      E("Departemen Pertahanan Korea Selatan", "Organization"), E("Korea Selatan", "State")},
     {{0}}, 1},
    {"bodyname", /* must not: no state after the head, a verb before the state, or an
                  * embassy (named generically) */
     {"Parlemen menolak usul itu. Kementerian itu mengecam Jepang. Senat menyetujui Jepang. "
      "Massa menyerbu kedutaan Saudi di Teheran."},
     {{0}}, {{0}}, {{0}},
     {E("Kementerian Itu Mengecam Jepang", NULL), E("Senat Menyetujui Jepang", NULL),
      E("Kedutaan Saudi", NULL)},
     1},
    {"title", /* a title after a capitalised common word opens a name of its own; a
               * capitalised article inside a name is the name's ("Truong Tan Sang") */
     {"Kunjungan Presiden Truong Tan Sang ke Indonesia penting. Kemarin Presiden Budi Santoso "
      "tiba di Hanoi."},
     {F("Truong Tan Sang", "visited", "Indonesia", "asserted"),
      F("Budi Santoso", "visited", "Vietnam", "asserted")},
     {{0}}, {E("Truong Tan Sang", "Person"), E("Budi Santoso", "Person")},
     {E("Kemarin Presiden Budi Santoso", NULL), E("Truong Tan", NULL)}, 1},
    {"title", /* the leader of a delegation is an official of its state */
     {"Belanda menunjuk Dr. Jan Herman Van Royen sebagai pemimpin delegasi."},
     {F("Jan Herman Van Royen", "officialOf", "Belanda", "asserted")},
     {F("Jan Herman Van Royen", "leaderOf", "Belanda", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* diplomatic honorifics before a name: "H.E. Mr." */
     {"Acara itu dihadiri Menlu Vietnam, H.E. Mr. Pham Binh Minh."},
     {F("Pham Binh Minh", "officialOf", "Vietnam", "asserted")},
     {{0}}, {E("Pham Binh Minh", "Person")}, {E("H.E. Mr", NULL)}, 1},
    {"agreementname", /* a Security Council resolution is the sanctions regime of a state the
                       * sentence names, and no regime elsewhere */
     {"Rusia dan Korea Utara melanggar resolusi Dewan Keamanan PBB yang mewajibkan semua negara "
      "memulangkan pekerja Korea Utara. Rusia memveto resolusi Dewan Keamanan PBB tentang Suriah."},
     {F("Rusia", "violated", "Sanksi PBB terhadap Korea Utara", "asserted"),
      F("Korea Utara", "violated", "Sanksi PBB terhadap Korea Utara", "asserted")},
     {F("Rusia", "opposes", "Sanksi PBB terhadap Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"agreementname", /* "sanksi PBB" alone: the regime of a state its sentence names */
     {"Rusia melanggar sanksi PBB dengan membeli amunisi dari Korea Utara. Iran melanggar "
      "sanksi PBB atas program nuklirnya."},
     {F("Rusia", "violated", "Sanksi PBB terhadap Korea Utara", "asserted")},
     {F("Iran", "violated", "Sanksi PBB terhadap Korea Utara", NULL)}, {{0}}, {{0}}, 1},
    {"agreementname", /* "Persetujuan" heads a name; with only a state after it, it is consent */
     {"Persetujuan Roem-Royen ditandatangani Indonesia dan Belanda pada 1949. Persetujuan Turki "
      "atas rencana itu masih ditunggu."},
     {F("Indonesia", "partyTo", "Perjanjian Roem-Royen", "asserted"),
      F("Belanda", "partyTo", "Perjanjian Roem-Royen", "asserted")},
     {F("Turki", "partyTo", "Persetujuan Turki", NULL)},
     {E("Perjanjian Roem-Royen = Persetujuan Roem-Royen", "Agreement")},
     {E("Persetujuan Turki", NULL)}, 1},
    {"title", /* "sementara" (acting) between a title and the seat it names */
     {"Presiden Ghana disambut Kepala Protokol Sementara Gedung Putih Ethan Rozenweig."},
     {F("Ethan Rozenweig", "officialOf", "Amerika Serikat", "asserted")},
     {{0}}, {E("Ethan Rozenweig", "Person")}, {E("Protokol Sementara Gedung Putih", NULL)}, 1},
    {"title", /* must not: a modifier after "anggota" before a body keeps the membership */
     {"Prancis adalah anggota penting dari Uni Eropa, begitu pula Indonesia adalah anggota penting "
      "ASEAN."},
     {F("Prancis", "memberOf", "Uni Eropa", "asserted"), F("Indonesia", "memberOf", "ASEAN", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"title", /* "Ibu", "Ibu Negara" before a name that holds a known one: someone else */
     {"Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo tiba di New Delhi. Mereka "
      "mengunjungi ibu kota India itu."},
     {F("Joko Widodo", "leaderOf", "Indonesia", "asserted"),
      F("Joko Widodo", "visited", "India", "asserted"),
      F("Iriana Joko Widodo", "visited", "India", "asserted")},
     {{0}}, {E("Iriana Joko Widodo", "Person")}, {E("ibu kota", NULL), E("Ibu Negara", NULL)}, 1},
    {"title", /* a common misspelling of a title ("Mentri") */
     {"Perdana Mentri India, Narendra Modi, tiba di Tokyo. Mentri Luar Negeri Ghana Samuel Ablakwa "
      "juga hadir."},
     {F("Narendra Modi", "leaderOf", "India", "asserted"),
      F("Narendra Modi", "visited", "Jepang", "asserted"),
      F("Samuel Ablakwa", "officialOf", "Ghana", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"title", /* "ketika itu" and an old spelling of a rank between the title and the name */
     {"Presiden Mesir ketika itu, jendral Muhammad Naguib, menolak usul itu."},
     {F("Muhammad Naguib", "leaderOf", "Mesir", "asserted")},
     {{0}}, {{0}}, {E("jendral", NULL)}, 1},
    {"title", /* a modifier between the title and its state, then the name */
     {"Pada 1960, Presiden pertama Ghana Kwame Nkrumah mengunjungi Beograd. Presiden Pertama "
      "Tanzania, Julius Nyerere, bertemu dengan Perdana Menteri baru Kanada Pierre Trudeau."},
     {F("Kwame Nkrumah", "leaderOf", "Ghana", "asserted"),
      F("Julius Nyerere", "leaderOf", "Tanzania", "asserted"),
      F("Pierre Trudeau", "leaderOf", "Kanada", "asserted"),
      F("Julius Nyerere", "metWith", "Pierre Trudeau", "asserted")},
     {{0}}, {{0}}, {E("Pertama", NULL)}, 1},
    {"title", /* must not: an ordinal with no state after it is no part of the title */
     {"Presiden pertama kali mengunjungi Ghana, kata Menteri Luar Negeri Kanada Marc Garneau."},
     {F("Marc Garneau", "officialOf", "Kanada", "asserted")},
     {F("Marc Garneau", "leaderOf", "Ghana", NULL), F("Marc Garneau", "officialOf", "Ghana", NULL)},
     {{0}}, {{0}}, 1},
    {"title", /* an abbreviated rank with its full stop, after "Title Body," */
     {"Juru bicara Angkatan Laut Malaysia, Laksda. Ahmad Faizal Rahman mengatakan kapal China "
      "memasuki perairan Malaysia."},
     {F("Ahmad Faizal Rahman", "officialOf", "Angkatan Laut Malaysia", "asserted"),
      F("Ahmad Faizal Rahman", "officialOf", "Malaysia", "asserted")},
     {{0}},
     {E("Ahmad Faizal Rahman", "Person"), E("Angkatan Laut Malaysia", "Organization")},
     {E("Laksda", NULL), E("Laksda. Ahmad Faizal Rahman", NULL)},
     1},
    {"title", /* a Malay honorific between the title and the name */
     {"Sekretaris Jenderal ASEAN Datuk Rahim Osman menerima Menteri Luar Negeri Jepang Taro Kono."},
     {F("Rahim Osman", "leaderOf", "ASEAN", "asserted"),
      F("Taro Kono", "officialOf", "Jepang", "asserted"),
      F("Rahim Osman", "metWith", "Taro Kono", "asserted")},
     {{0}},
     {E("Rahim Osman", "Person")},
     {E("Datuk", NULL), E("Datuk Rahim Osman", NULL)},
     0},
    {"title", /* "saat itu," between the title and the name */
     {"Presiden Chile saat itu, Ricardo Escobar, mengunjungi Peru."},
     {F("Ricardo Escobar", "leaderOf", "Chile", "asserted"),
      F("Ricardo Escobar", "visited", "Peru", "asserted")},
     {{0}},
     {E("Ricardo Escobar", "Person")},
     {E("Saat", NULL)},
     0},
    {"title", /* a portfolio listed with a comma and "dan", then the body, then ", Name" */
     {"Deputi Bidang Politik, Hukum dan Keamanan Sekretariat Kabinet, Fadlansyah Lubis membuka "
      "acara."},
     {F("Fadlansyah Lubis", "officialOf", "Sekretariat Kabinet", "asserted"),
      F("Fadlansyah Lubis", "officialOf", "Indonesia", "asserted")}, /* the lexicon's Setkab is Indonesia's */
     {{0}},
     {E("Fadlansyah Lubis", "Person"), E("Sekretariat Kabinet", "Organization")},
     {E("Bidang Politik", NULL)},
     0},
    {"title", /* the body's acronym in brackets before ", Name" */
     {"Ketua Organisasi Kerja Sama Islam (OKI), Hissein Brahim Taha mengunjungi Indonesia."},
     {F("Hissein Brahim Taha", "leaderOf", "Organisasi Kerja Sama Islam", "asserted"),
      F("Hissein Brahim Taha", "visited", "Indonesia", "asserted")},
     {{0}},
     {E("Hissein Brahim Taha", "Person")},
     {{0}},
     0},
    {"title", /* must not fire: an honorific or a rank alone is no person */
     {"Dato itu tidak hadir. Kolonel tersebut membantah tuduhan Vietnam."},
     {{0}},
     {{0}},
     {{0}},
     {E("Dato", NULL), E("Kolonel", NULL)},
     0},
    {"title", /* must not fire: a qualifier after a title with no name is no person */
     {"Presiden Brasil terpilih akan mengunjungi Argentina."},
     {{0}},
     {{0}},
     {{0}},
     {E("Terpilih", NULL)},
     1},
    /* ---- initials: initials, suffixes and particles inside a name ---- */
    {"initials", /* a middle initial with its full stop */
     {"Menteri Perdagangan Thailand Jurin L. Laksanawisit bertemu Menteri Perdagangan Vietnam "
      "Tran Tuan Anh."},
     {F("Jurin L. Laksanawisit", "officialOf", "Thailand", "asserted"),
      F("Tran Tuan Anh", "officialOf", "Vietnam", "asserted"),
      F("Jurin L. Laksanawisit", "metWith", "Tran Tuan Anh", "asserted")},
     {{0}},
     {E("Jurin L. Laksanawisit", "Person")},
     {E("Jurin L", NULL)},
     0},
    {"initials", /* an initial and "Jr." */
     {"Menteri Luar Negeri Kanada Marc A. Garneau Jr. mengecam Rusia."},
     {F("Marc A. Garneau Jr.", "officialOf", "Kanada", "asserted"),
      F("Marc A. Garneau Jr.", "criticized", "Rusia", "asserted")},
     {{0}},
     {E("Marc A. Garneau Jr.", "Person")},
     {E("Marc A", NULL)},
     0},
    {"initials", /* an Arabic article joined to the family name */
     {"Menteri Luar Negeri Mesir Ahmed Abu al-Gheit mengunjungi Yordania."},
     {F("Ahmed Abu al-Gheit", "officialOf", "Mesir", "asserted"),
      F("Ahmed Abu al-Gheit", "visited", "Yordania", "asserted")},
     {{0}},
     {E("Ahmed Abu al-Gheit", "Person")},
     {E("Ahmed Abu", NULL)},
     0},
    {"initials", /* a middle initial before a known family name: the known person */
     {"Menteri Luar Negeri AS Michael R Pompeo bertemu Menteri Luar Negeri Vietnam Pham Binh Minh."},
     {F("Mike Pompeo", "officialOf", "Amerika Serikat", "asserted"),
      F("Pham Binh Minh", "officialOf", "Vietnam", "asserted"),
      F("Mike Pompeo", "metWith", "Pham Binh Minh", "asserted")},
     {{0}},
     {E("Mike Pompeo", "Person")},
     {E("Michael R", NULL), E("Michael R Pompeo", NULL)},
     0},
    {"initials", /* must not fire: a list letter before a state at a sentence start */
     {"B. Belanda mengakui kedaulatan Indonesia."},
     {{0}},
     {{0}},
     {E("Belanda", "State")},
     {E("B. Belanda", NULL), E("B", NULL)},
     1},
    /* ---- agreementname: agreements by a head noun with a year, a number, another name ---- */
    {"agreementname", /* a title that runs on past "di" into capitals no lexicon knows */
     {"Pada 1996 Tiongkok dan Rusia menandatangani Traktat Pengurangan Pasukan di Kawasan "
      "Perbatasan."},
     {F("China", "partyTo", "Traktat Pengurangan Pasukan di Kawasan Perbatasan", "asserted"),
      F("Rusia", "partyTo", "Traktat Pengurangan Pasukan di Kawasan Perbatasan", "asserted")},
     {{0}}, {{0}}, {E("Kawasan Perbatasan", NULL)}, 1},
    {"agreementname", /* must not: "di" a known place is where it was signed */
     {"Pada 1996 Tiongkok dan Rusia menandatangani Traktat Pengurangan Pasukan di Shanghai."},
     {F("China", "partyTo", "Traktat Pengurangan Pasukan", "asserted"),
      F("Rusia", "partyTo", "Traktat Pengurangan Pasukan", "asserted")},
     {{0}}, {E("Shanghai", "Place")}, {E("Traktat Pengurangan Pasukan di Shanghai", NULL)}, 1},
    {"place", /* an unknown place described by ", kota di ... <state>": in that state */
     {"Mike Pompeo mengunjungi Cucuta, kota di perbatasan Kolombia. Ia tiba di Leticia, sebuah "
      "kota di selatan Peru."},
     {F("Mike Pompeo", "visited", "Kolombia", "asserted"),
      F("Mike Pompeo", "visited", "Peru", "asserted")},
     {{0}}, {E("Cucuta", "Place"), E("Leticia", "Place")}, {{0}}, 1},
    {"place", /* must not: a place noun with no state names no state; a state after a verb is
               * another clause's (towns no gazetteer knows: Cucuta and Pasto, real ones,
               * are Colombia's) */
     {"Mike Pompeo mengunjungi Villarosa, kota yang ramai. Ia tiba di Puerto Lindo, kota yang "
      "menolak Kolombia."},
     {{0}},
     {F("Mike Pompeo", "visited", "Kolombia", NULL)},
     {E("Villarosa", "Place")}, {{0}}, 1},
    {"leader", /* who leads, after "dipimpin" or "pimpinan", is a person; an acronym after a
                * lower-case body noun is the body's name */
     {"Pemerintah persatuan antara partai ZANU-PF pimpinan Robert Mugabe dan Gerakan bagi "
      "Perubahan Demokratis yang dipimpin Morgan Tsvangirai dibentuk pada tahun 2009."},
     {F("Morgan Tsvangirai", "leaderOf", "Gerakan bagi Perubahan Demokratis", "asserted"),
      F("Robert Mugabe", "leaderOf", "ZANU-PF", "asserted")},
     {{0}}, {E("Morgan Tsvangirai", "Person"), E("ZANU-PF", "Organization")}, {{0}}, 1},
    {"leader", /* must not: ordinary capitalised words after "dipimpin" name no one; a
                * common abbreviation after a body noun is no body */
     {"Komite itu dipimpin Dewan Redaksi. Kelompok HAM menolak rencana itu."},
     {{0}}, {{0}}, {{0}}, {E("Dewan Redaksi", "Person"), E("HAM", NULL)}, 1},
    {"particle", /* a run of names with an Arabic article joined to a later word is a
                  * person's, with no title or verb to say so */
     {"Hu Jintao mengadakan pembicaraan dengan Omar al-Bashir setelah upacara penyambutan."},
     {F("Hu Jintao", "metWith", "Omar al-Bashir", "asserted")}, {{0}},
     {E("Omar al-Bashir", "Person")}, {{0}}, 1},
    {"particle", /* a place's name before an Arabic article joined to a name begins a
                  * person's name; "Persatuan Emirat Arab" is the state */
     {"Bush menemui Amir Kuwait Sheikh Sabah al-Ahmad al-Sabah. Ia kemudian terbang ke "
      "Persatuan Emirat Arab."},
     {{0}}, {{0}}, {E("Sabah al-Ahmad al-Sabah", "Person"), E("Uni Emirat Arab", "State")},
     {E("Sabah", NULL), E("al-Ahmad al-Sabah", NULL), E("Persatuan Emirat Arab", NULL)}, 1},
    {"bare", /* must not: a short first word is a bare family name only for people who
              * write it first ("Xi"), not "Amir" of Amir Khan Muttaqi; a Malaysian state
              * with no Arabic article after it stays a place */
     {"Presiden Xi mengunjungi Rusia. Bush menemui Amir Kuwait. Ia tiba di Sabah kemarin."},
     {F("Xi Jinping", "visited", "Rusia", "asserted")}, {{0}},
     {E("Sabah", "Place")}, {E("Amir Khan Muttaqi", NULL)}, 1},
    {"particle", /* must not: after an ordinary word or where a place is named, the article
                  * is in a body's or a place's name */
     {"Militan al-Shabab Somalia menyerang pos itu. Pasukan Turki tiba di Ras al-Ayn kemarin."},
     {{0}}, {{0}}, {{0}}, {E("Militan al-Shabab", "Person"), E("Ras al-Ayn", "Person")}, 1},
    {"acronym", /* a listed acronym of four letters or more written as a word is the body
                 * ("Nato", "Asean", "Opec"), not a person after a title */
     {"Polandia adalah anggota Nato. Menteri luar negeri Asean bertemu di Jakarta. Negara "
      "anggota Opec menolak."},
     {F("Polandia", "memberOf", "NATO", "asserted")}, {{0}},
     {E("NATO", "Organization"), E("ASEAN", "Organization"), E("OPEC", "Organization")},
     {E("Asean", "Person"), E("Opec", "Person")}, 1},
    {"acronym", /* must not: an ordinary word that an acronym spells ("Antara lain", "antara")
                 * opening a sentence, or inside a person's name */
     {"Antara lain Indonesia hadir. Presiden Jokowi bertemu Sana Mir kemarin."},
     {{0}}, {{0}}, {{0}}, {E("ANTARA", NULL), E("SANA", NULL)}, 1},
    {"summit", /* a known series of summits with a place, a year or an ordinal is one
                * meeting of it; the place stays a name of its own */
     {"Presiden Jokowi menghadiri KTT G7 di Hiroshima. KTT ASEAN ke-25 berlangsung di "
      "Naypyidaw. Para pemimpin bertemu di KTT G20 2017."},
     {{0}}, {{0}},
     {E("KTT G7 di Hiroshima", "Event"), E("Hiroshima", "Place"), E("KTT ASEAN ke-25", "Event"),
      E("KTT G20 2017", "Event")},
     {E("KTT G7", NULL)}, 1},
    {"summit", /* must not: the series alone, or followed by a state, stays the series */
     {"Ia menghadiri KTT G20 kemarin. KTT ASEAN di Indonesia ditunda."},
     {{0}}, {{0}}, {E("KTT G20", "Event")}, {E("KTT ASEAN di Indonesia", NULL)}, 1},
    {"gazetteer", /* a city of the gazetteer (data/lexicon/cities.tsv) where no context
                   * types the name: the object of a verb, a list, before its state; a visit
                   * there is to the city's state */
     {"Pasukan Prancis menduduki Veracruz pada tahun 1838. Kapal itu berlayar antara "
      "Acapulco, Meksiko dan Manila. Mike Pompeo mengunjungi Ostrava pekan lalu."},
     {F("Mike Pompeo", "visited", "Ceko", "asserted")}, {{0}},
     {E("Veracruz", "Place"), E("Acapulco", "Place"), E("Ostrava", "Place")}, {{0}}, 1},
    {"gazetteer", /* must not: a word of a person's name is no city ("Santos" the president,
                   * not the port), nor is a city that ends a longer name ("SMA Negeri 1
                   * Tasikmalaya") */
     {"Presiden Kolombia Juan Manuel Santos tiba di Bogota. Santos mengatakan kunjungan itu "
      "penting. Ia lulus dari SMA Negeri 1 Tasikmalaya pada 1990."},
     {F("Juan Manuel Santos", "leaderOf", "Kolombia", "asserted")}, {{0}},
     {E("Juan Manuel Santos", "Person")}, {E("Santos", NULL), E("Tasikmalaya", NULL)}, 1},
    {"roomname", /* an English name of a room or a hall where something happens is a place,
                  * whatever the tagger reads; a venue's acronym may follow */
     {"Presiden menuju Private Hall dan bertemu di Credential Hall dan ABAC Meeting Room. "
      "Upacara di Plenary Hall KLCC berlangsung meriah."},
     {{0}}, {{0}},
     {E("Private Hall", "Place"), E("Credential Hall", "Place"), E("ABAC Meeting Room", "Place")},
     {E("Private Hall", "Organization"), E("Credential Hall", "Organization")}, 1},
    {"roomname", /* must not: "Hall" as a family name stays a person's, where no place is
                  * meant */
     {"Menteri Luar Negeri Inggris Jeremy Hall tiba di Jakarta. Hal itu dikatakan oleh Stuart "
      "Hall kepada wartawan. Jeremy Hall mengatakan Indonesia penting."},
     {F("Jeremy Hall", "officialOf", "Inggris", "asserted")}, {{0}},
     {E("Jeremy Hall", "Person"), E("Stuart Hall", "Person")},
     {E("Stuart Hall", "Place"), E("Jeremy Hall", "Place")}, 1},
    {"documenttitle", /* a bare-titled person holds the title for the one state the document
                       * names with it and no holder */
     {"Menteri Luar Negeri Meksiko menyampaikan hal tersebut di Mexico City.\nKami tidak akan "
      "menerima perlakuan ini, kata Menteri Luar Negeri Alicia Barcena di platform X."},
     {F("Alicia Barcena", "officialOf", "Meksiko", "asserted")}, {{0}}, {{0}}, {{0}}, 1},
    {"documenttitle", /* must not: a title held by the subject of "sebagai", a title named
                       * with a holder after it, or two states with the title */
     {"Awalnya, Presiden Manuel Noriega bekerja kooperatif. George Bush menjabat sebagai "
      "presiden AS pada 1989. Presiden Afsel Nelson Madela pensiun. Menteri Luar Negeri "
      "Ekuador dan Menteri Luar Negeri Peru bertemu. Menteri Luar Negeri Jose Valencia "
      "berbicara."},
     {{0}},
     {F("Manuel Noriega", "leaderOf", "Amerika Serikat", NULL),
      F("Manuel Noriega", "leaderOf", "Afrika Selatan", NULL),
      F("Jose Valencia", "officialOf", "Ekuador", NULL), F("Jose Valencia", "officialOf", "Peru", NULL)},
     {{0}}, {{0}}, 1},
    {"hyphenpair", /* the last of states joined by a hyphen may go on in the words after the
                    * word ("Amerika-Korea Selatan"); an unnamed agreement with such a pair
                    * after it is told from another of its kind */
     {"Korea Utara mengecam latihan militer gabungan Amerika-Korea Selatan. Perjanjian itu "
      "merujuk kepada perjanjian normalisasi Israel-Uni Emirat Arab dan perjanjian normalisasi "
      "Bahrain-Israel."},
     {F("Amerika Serikat", "militaryCooperation", "Korea Selatan", NULL),
      F("Uni Emirat Arab", "partyTo", "perjanjian normalisasi Israel–Uni Emirat Arab", "asserted"),
      F("Bahrain", "partyTo", "perjanjian normalisasi Bahrain–Israel", "asserted")},
     {F("Bahrain", "partyTo", "perjanjian normalisasi Israel–Uni Emirat Arab", NULL)},
     {{0}}, {E("Amerika-Korea Selatan", "Event"), E("Selatan", NULL)}, 1},
    {"hyphenpair", /* must not: a state's name joined to a word that is no state's stays
                    * apart */
     {"Hubungan Indonesia-Korea Baru membaik. Ia tiba di Jakarta-Bandung Selatan."},
     {{0}}, {{0}}, {{0}}, {E("Korea Baru", NULL)}, 1},
    {"speaker", /* one name after a word of saying, before a stop, a comma or a preposition,
                 * is its speaker's */
     {"Kita memiliki hubungan yang baik, ujar Downer. Itu penting, kata Albanese kepada "
      "wartawan."},
     {{0}}, {{0}}, {E("Downer", "Person"), E("Albanese", "Person")}, {{0}}, 1},
    {"speaker", /* must not: an acronym, a known place, a bare title or a pronoun after the
                 * word of saying is no new person */
     {"Hal itu penting, kata Jakarta. Itu bagus, kata Presiden. Itu bagus, kata Beliau. Itu "
      "benar, kata AFP."},
     {{0}}, {{0}}, {{0}},
     {E("Jakarta", "Person"), E("Presiden", NULL), E("Beliau", NULL), E("AFP", "Person")}, 1},
    {"lexiconcase", /* a last word in lower case after a shorter name is no part of a longer
                     * one the lexicon writes with a capital ("Vietnam utara" is the north of
                     * Vietnam; "Vietnam Utara" the state) */
     {"Pasukan Tiongkok menyerang Vietnam utara. Pasukan Vietnam Utara menyerang Saigon."},
     {F("China", "attacked", "Vietnam", "asserted"), F("Vietnam Utara", "attacked", "Vietnam", "asserted")},
     {F("China", "attacked", "Vietnam Utara", NULL)},
     {E("Vietnam", "State"), E("Vietnam Utara", "State")}, {{0}}, 1},
    {"lexiconcase", /* must not: a name whose first word names nothing alone keeps a last
                     * word in lower case ("Timur tengah") */
     {"Ancaman itu berasal dari Timur tengah."},
     {{0}}, {{0}}, {E("Timur Tengah", "Place")}, {{0}}, 1},
    {"agreementname", /* an unnamed agreement's holder is the subject of the verb that
                       * governs it, a relative clause's head past its comma; its label is
                       * also known without the year */
     {"Papua Nugini menolak tawaran dari China, yang membuat perjanjian keamanan dengan "
      "Kepulauan Solomon pada tahun 2022."},
     {F("China", "partyTo", "perjanjian keamanan China–Kepulauan Solomon 2022", "asserted"),
      F("Kepulauan Solomon", "partyTo", "perjanjian keamanan China–Kepulauan Solomon 2022", "asserted")},
     {F("Papua Nugini", "partyTo", "perjanjian keamanan China–Kepulauan Solomon 2022", NULL)},
     {E("perjanjian keamanan China–Kepulauan Solomon 2022 = perjanjian keamanan Kepulauan "
        "Solomon–China", "Agreement")},
     {{0}}, 1},
    {"agreementname", /* must not: with no year the label has no year-less variant, and the
                       * subject of a signing verb is still a party */
     {"Jepang menandatangani perjanjian damai dengan Rusia."},
     {F("Jepang", "partyTo", "perjanjian damai Jepang–Rusia", "asserted")}, {{0}},
     {{0}}, {E("perjanjian damai Jepang–Rusia 2022", NULL)}, 1},
    {"title", /* Indonesian cabinet titles by their abbreviations are no part of the name */
     {"Menbudpar Jero Wacik membuka pameran. Menneg Pora Adhyaksa Dault hadir. Koordinator Staf "
      "Khusus Teten Masduki berbicara."},
     {{0}}, {{0}},
     {E("Jero Wacik", "Person"), E("Adhyaksa Dault", "Person"), E("Teten Masduki", "Person")},
     {E("Menbudpar Jero Wacik", NULL), E("Menneg Pora Adhyaksa Dault", NULL)}, 1},
    {"title", /* must not: an abbreviation alone names no one */
     {"Menpora membuka pameran itu."},
     {{0}}, {{0}}, {{0}}, {E("Menpora", NULL)}, 1},
    {"capital", /* a capital followed by "di" or a comma and its own state names the city */
     {"Amman, Yordania: Kerja sama itu penting, ujar Menteri Luar Negeri Retno Marsudi. Pompeo "
      "mengunjungi Ljubljana di Slovenia; Wina di Austria."},
     {{0}}, {{0}}, {E("Amman", "Place"), E("Wina", "Place")}, {{0}}, 1},
    {"capital", /* must not: a capital acting for its state stays its state */
     {"Moskow mengecam keputusan itu. Washington menolak tuduhan Rusia."},
     {{0}}, {{0}}, {E("Rusia", "State"), E("Amerika Serikat", "State")},
     {E("Moskow", NULL), E("Washington", NULL)}, 1},
    {"lexiconcomma", /* a name the lexicon writes with a comma matches across it */
     {"Kuba diwakili oleh kedutaannya di Washington, D.C.. Obama tiba di Washington, DC pada "
      "Senin."},
     {{0}}, {{0}}, {E("Washington", "Place")}, {E("D.C.", NULL), E("DC", NULL)}, 1},
    {"lexiconcomma", /* must not: a comma between two names the lexicon writes apart keeps them
                      * apart */
     {"Ia tinggal di Jakarta, Indonesia dan di Kuala Lumpur, Malaysia."},
     {{0}}, {{0}}, {E("Jakarta", "Place"), E("Indonesia", "State"), E("Kuala Lumpur", "Place")},
     {{0}}, 1},
    {"agreementname", /* "tahun" + year after a place in a treaty's name */
     {"Perjanjian Ankara tahun 1921 ditandatangani oleh Prancis dan Turki."},
     {F("Prancis", "partyTo", "Perjanjian Ankara 1921", "asserted"),
      F("Turki", "partyTo", "Perjanjian Ankara 1921", "asserted")},
     {{0}},
     {E("Perjanjian Ankara 1921 = Perjanjian Ankara tahun 1921", "Agreement")},
     {E("Perjanjian Ankara", NULL)},
     0},
    {"agreementname", /* "dan" after a name joins two names; between common words it goes on
                       * with a treaty's title */
     {"Tiongkok menolak Konvensi Simla dan Garis Durand. Vietnam menandatangani Perjanjian "
      "Persahabatan, Kerja Sama, dan Saling Bantu."},
     {F("China", "opposes", "Konvensi Simla", "asserted"),
      F("Vietnam", "partyTo", "Perjanjian Persahabatan, Kerja Sama, dan Saling Bantu", "asserted")},
     {{0}},
     {E("Konvensi Simla", "Agreement")},
     {E("Konvensi Simla dan Garis Durand", NULL), E("Perjanjian Persahabatan", NULL)},
     1},
    {"agreementname", /* a known agreement under another head ("Perundingan", "Persetujuan")
                       * or with its head in lower case */
     {"Indonesia menandatangani perjanjian Renville pada 1948. Perundingan Linggarjati dibuka "
      "pada 1946. Perundingan itu menghasilkan persetujuan Roem-Royen."},
     {F("Indonesia", "partyTo", "Perjanjian Renville", "asserted")},
     {{0}},
     {E("Perjanjian Renville", "Agreement"), E("Perjanjian Linggarjati", "Agreement"),
      E("Perjanjian Roem-Royen", "Agreement")},
     {E("perjanjian 1948", NULL), E("Persetujuan Roem-Royen", NULL)},
     1},
    {"agreementname", /* must not: another head makes no known agreement of an unknown name */
     {"Persetujuan Lembah Hijau ditandatangani pada 1950."},
     {{0}}, {{0}},
     {E("Persetujuan Lembah Hijau", "Agreement")},
     {E("Perjanjian Lembah Hijau", NULL)},
     1},
    {"agreementname", /* an unnamed agreement is also known by what it is about */
     {"Presiden Rusia Boris Yeltsin dan Presiden China Jiang Zemin menandatangani deklarasi "
      "tentang \"dunia multipolar\" pada 1997."},
     {{0}}, {{0}},
     {E("deklarasi China\u2013Rusia 1997 = deklarasi tentang \"dunia multipolar\"", "Agreement")},
     {{0}},
     1},
    {"agreementname", /* must not: a verb or a name after "tentang" is no topic of it */
     {"Presiden Rusia Boris Yeltsin dan Presiden China Jiang Zemin menandatangani deklarasi "
      "tentang membangun Asia pada 1997."},
     {{0}}, {{0}}, {{0}},
     {E("deklarasi China\u2013Rusia 1997 = deklarasi tentang membangun", NULL),
      E("deklarasi China\u2013Rusia 1997 = deklarasi tentang membangun Asia", NULL)},
     1},
    {"agreementname", /* a resolution named by its number */
     {"Iran menentang Resolusi 1441 Dewan Keamanan PBB."},
     {F("Iran", "opposes", "Resolusi 1441", "asserted")},
     {{0}},
     {E("Resolusi 1441", "Agreement")},
     {{0}},
     1},
    {"agreementname", /* not split at "dengan" when it is better known by another name */
     {"Perjanjian Perdamaian dengan Jerman (Treaty of Versailles) atau lebih dikenal sebagai "
      "Perjanjian Versailles ditandatangani Prancis."},
     {F("Prancis", "partyTo", "Perjanjian Versailles", "asserted")},
     {{0}},
     {E("Perjanjian Versailles", "Agreement")},
     {E("Perjanjian Perdamaian", NULL)},
     1},
    {"agreementname", /* a body widened by a number; "G-7" is the group, not a place */
     {"Menteri Luar Negeri Jepang hadir dalam pertemuan ASEAN Plus Three di Vientiane. Kanada "
      "adalah anggota G-7."},
     {F("Kanada", "memberOf", "G7", "asserted")},
     {{0}},
     {E("ASEAN Plus Three", "Organization"), E("G7", "Organization")},
     {E("G-7", "Place")},
     1},
    {"agreementname", /* must not fire: a demonstrative is no name */
     {"Perjanjian ini ditandatangani Jepang dan Korea Selatan."},
     {{0}},
     {{0}},
     {{0}},
     {E("Perjanjian ini", NULL), E("Perjanjian Ini", NULL)},
     1},
    /* ---- bodyname: bodies named by a head noun, their state and people ---- */
    {"bodyname", /* a known body written in lower case, after "anggota" or in a list of them;
                  * a capitalised modifier after the word a name stands for */
     {"Pada 1945, kelima anggota tetap dewan keamanan adalah Pemerintahan Sementara Republik "
      "Prancis, Uni Soviet, dan Amerika Serikat. Fiji dan Samoa adalah anggota gerakan non-blok, "
      "organisasi perdagangan dunia, dan APEC."},
     {F("Prancis", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Uni Soviet", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Amerika Serikat", "memberOf", "Dewan Keamanan PBB", "asserted"),
      F("Fiji", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Samoa", "memberOf", "Organisasi Perdagangan Dunia", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"bodyname", /* must not: a known body's words in lower case elsewhere */
     {"Ia bekerja di dewan keamanan nasional Fiji. Mereka membahas organisasi perdagangan dunia "
      "secara umum."},
     {{0}},
     {{0}}, {{0}}, {E("Dewan Keamanan PBB", NULL), E("Organisasi Perdagangan Dunia", NULL)}, 1},
    {"bodyname", /* an acronym no lexicon knows after "anggota" or in a list after a body */
     {"Kedua negara, Fiji dan Samoa, adalah anggota APEC dan BIMP-EAGA. Anggota MSG terdiri dari "
      "Fiji, Vanuatu, dan Kepulauan Solomon."},
     {F("Fiji", "memberOf", "APEC", "asserted"), F("Samoa", "memberOf", "APEC", "asserted"),
      F("Fiji", "memberOf", "BIMP-EAGA", "asserted"), F("Samoa", "memberOf", "BIMP-EAGA", "asserted"),
      F("Fiji", "memberOf", "MSG", "asserted"), F("Vanuatu", "memberOf", "MSG", "asserted"),
      F("Kepulauan Solomon", "memberOf", "MSG", "asserted")},
     {{0}}, {E("MSG", "Organization"), E("BIMP-EAGA", "Organization")}, {{0}}, 1},
    {"bodyname", /* a known state or body after "anti-", "pro-", "non-" is mentioned but takes no
                  * part in the clause; "non-" denies membership */
     {"Bashir mengunjungi negara-negara non-ICC seperti Arab Saudi dan Mesir.",
      "Kelompok separatis pro-Rusia menyerang Ukraina."},
     {F("Arab Saudi", "memberOf", "Mahkamah Pidana Internasional", "negated"),
      F("Mesir", "memberOf", "Mahkamah Pidana Internasional", "negated")},
     {F("Rusia", "attacked", "Ukraina", NULL)},
     {E("Rusia", "State"), E("Mahkamah Pidana Internasional", "Organization")}, {{0}}, 1},
    {"bodyname", /* must not: a prefix before a word no lexicon knows names nothing */
     {"Para demonstran anti-perang berkumpul di Jakarta."},
     {{0}}, {{0}}, {{0}}, {E("perang", NULL), E("anti-perang", NULL)}, 1},
    {"bodyname", /* a capital after a comma inside a "di" phrase is where, not who */
     {"Menhan Prabowo menerima PM Papua Nugini James Marape di kantor Kementerian Pertahanan, Jakarta."},
     {F("Prabowo Subianto", "metWith", "James Marape", "asserted")},
     {{0}}, {E("Jakarta", "Place")}, {{0}}, 1},
    {"bodyname", /* must not: a capital that acts after a fronted "di" phrase is its state */
     {"Berbicara di gedung Kementerian Luar Negeri, Washington menyatakan dukungan bagi Ukraina."},
     {F("Amerika Serikat", "supports", "Ukraina", "asserted")},
     {{0}}, {{0}}, {E("Washington", "Place")}, 1},
    {"bodyname", /* a minister's title with a state and a demonstrative refers back to him */
     {"Menteri Luar Negeri Rusia Sergey Lavrov tiba di Uganda. Menteri Luar Negeri Rusia itu "
      "dijadwalkan mengadakan pembicaraan dengan Presiden Uganda, Yoweri Museveni."},
     {F("Sergey Lavrov", "metWith", "Yoweri Museveni", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"bodyname", /* must not: another state's minister is no one named before */
     {"Menteri Luar Negeri Rusia Sergey Lavrov tiba di Uganda. Menteri Luar Negeri Mesir itu "
      "dijadwalkan bertemu dengan Presiden Uganda, Yoweri Museveni."},
     {{0}}, {F("Sergey Lavrov", "metWith", "Yoweri Museveni", NULL)}, {{0}}, {{0}}, 1},
    {"bodyname", /* must not: an acronym elsewhere is no body ("pukul 10.00 WIB") */
     {"Fiji menjadi anggota APEC pada pukul 10.00 WIB. Pertemuan itu membahas HAM."},
     {F("Fiji", "memberOf", "APEC", "asserted")},
     {{0}}, {{0}}, {E("WIB", NULL), E("HAM", NULL)}, 1},
    {"bodyname", /* an acronym no lexicon knows after a word for a faction, or opening a
                  * clause before its verb, is a body; later alone, the same body */
     {"Kelompok gerilyawan Marxis FARC menandatangani perjanjian damai dengan Kolombia. FARC "
      "juga mengecam Amerika Serikat. IGAD telah mengecam Sudan."},
     {F("FARC", "criticized", "Amerika Serikat", "asserted"),
      F("IGAD", "criticized", "Sudan", "asserted")},
     {{0}}, {E("FARC", "Organization"), E("IGAD", "Organization")},
     {E("Marxis FARC", NULL)}, 1},
    {"bodyname", /* must not: a common noun in capitals, before a verb or not */
     {"HAM menjadi sorotan dunia. Harga BBM naik, kata aktivis HAM. Pada pukul 10.00 WIB, PBB "
      "mengecam Sudan."},
     {F("Perserikatan Bangsa-Bangsa", "criticized", "Sudan", "asserted")},
     {{0}}, {{0}}, {E("HAM", NULL), E("BBM", NULL), E("WIB", NULL)}, 1},
    {"title", /* a short description of the post in lower case, then the holder's name
               * (with two particles); a leadership title, a demonstrative and a comma */
     {"Ketua tim perunding pemerintah Humberto de la Calle mengecam Kuba. Pimpinan blok itu, "
      "Mahboub Maalim, mengecam Somalia."},
     {F("Humberto de la Calle", "criticized", "Kuba", "asserted"),
      F("Mahboub Maalim", "criticized", "Somalia", "asserted")},
     {{0}}, {E("Humberto de la Calle", "Person"), E("Mahboub Maalim", "Person")},
     {E("Humberto", NULL)}, 1},
    {"title", /* must not: a verb after the title is no description, its object no holder */
     {"Ketua mengecam Kuba Baru. Ketua tim mengatakan Jose Marti pahlawan."},
     {{0}},
     {F("Kuba Baru", "leaderOf", "Kuba", NULL)}, {{0}}, {E("Kuba Baru", "Person")}, 1},
    {"title", /* the holder's name in brackets after the title and its body or state acts */
     {"Juru bicara Pentagon (Darren Kolby) mengecam Kuba. Menteri Luar Negeri Iran (Reza Kamali) "
      "mengecam Amerika Serikat."},
     {F("Darren Kolby", "officialOf", "Pentagon", "asserted"),
      F("Reza Kamali", "officialOf", "Iran", "asserted"),
      F("Darren Kolby", "criticized", "Kuba", "asserted"),
      F("Reza Kamali", "criticized", "Amerika Serikat", "asserted")},
     {{0}}, {E("Darren Kolby", "Person"), E("Reza Kamali", "Person")}, {{0}}, 1},
    {"title", /* must not: a word or a body in brackets after a title is no holder */
     {"Presiden Rusia (Federasi) mengecam Kuba. Menteri Luar Negeri Iran (Kemlu Iran) mengecam "
      "Irak."},
     {F("Rusia", "criticized", "Kuba", "asserted"), F("Iran", "criticized", "Irak", "asserted")},
     {{0}}, {{0}}, {E("Federasi", "Person"), E("Kemlu Iran", "Person")}, 1},
    {"title", /* a unit in lower case between a head's title and the body: an official of it */
     {"Direktur komunikasi ECOWAS Tunde Okafor mengecam Mali."},
     {F("Tunde Okafor", "officialOf", "ECOWAS", "asserted"),
      F("Tunde Okafor", "criticized", "Mali", "asserted")},
     {F("Tunde Okafor", "leaderOf", "ECOWAS", NULL)}, {E("Tunde Okafor", "Person")}, {{0}}, 1},
    {"title", /* must not: a verb after the title starts no unit, its object is no body */
     {"Direktur menyambut Tunde Okafor dari Malaysia di Abuja. Direktur menyambut Malaysia Raya "
      "Tunde Okafor."},
     {{0}},
     {F("Tunde Okafor", "officialOf", "Malaysia", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* past a known family name, "al-" goes on with the name, and a capital "Al"
               * takes in the next word, even a place's name */
     {"Menteri Luar Negeri Oman Khalid Nasser al-Harthy Al Sabah mengunjungi Qatar."},
     {F("Khalid Nasser al-Harthy Al Sabah", "officialOf", "Oman", "asserted"),
      F("Khalid Nasser al-Harthy Al Sabah", "visited", "Qatar", "asserted")},
     {{0}}, {E("Khalid Nasser al-Harthy Al Sabah", "Person")}, {E("Sabah", NULL)}, 1},
    {"title", /* must not: a place after a name and a verb stays a place */
     {"Menteri Luar Negeri Oman Khalid Nasser mengunjungi Sabah."},
     {F("Khalid Nasser", "visited", "Malaysia", "asserted")},
     {{0}}, {E("Sabah", "Place")}, {{0}}, 1},
    {"title", /* a state's body in lower case with a common noun abbreviated ("LN": luar
               * negeri), then the holder's name */
     {"Juru bicara departemen LN Kanada Marie Dupont menuduh Iran."},
     {F("Marie Dupont", "officialOf", "Kanada", "asserted"),
      F("Marie Dupont", "accused", "Iran", "asserted")},
     {{0}}, {E("Marie Dupont", "Person"), E("Departemen LN Kanada", "Organization")}, {{0}}, 1},
    {"title", /* must not: a body's acronym there is no abbreviated common noun */
     {"Juru bicara departemen NATO Kanada Marie Dupont menuduh Iran."},
     {{0}},
     {{0}}, {{0}}, {E("Departemen NATO Kanada", NULL)}, 1},
    {"title", /* a delegation acts through the one who leads it; "HE." ends no sentence;
               * the city after the building the visit was received in */
     {"Menteri Pertahanan Budi Santoso menerima kunjungan kehormatan Delegasi Senat Republik "
      "Ceko yang dipimpin HE. Mr. Jan Novak di Kantor Kemhan, Jakarta."},
     {F("Budi Santoso", "metWith", "Jan Novak", "asserted"),
      F("Jan Novak", "visited", "Indonesia", "asserted")},
     {{0}}, {E("Jan Novak", "Person")}, {E("Mr. Jan Novak", NULL)}, 1},
    {"title", /* must not: a body led by someone is no delegation; it stays the body */
     {"Budi Santoso mengecam Senat Ceko yang dipimpin Jan Novak."},
     {F("Budi Santoso", "criticized", "Senat Ceko", "asserted")},
     {F("Budi Santoso", "criticized", "Jan Novak", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* a post's short form in brackets before the body; a rank, its service and
               * the name */
     {"Direktur Kerjasama Internasional (Dirkersin) Kemhan RI Brigjen TNI Andi Wirawan "
      "menyampaikan ucapan terima kasih."},
     {F("Andi Wirawan", "officialOf", "Indonesia", "asserted")},
     {{0}}, {E("Andi Wirawan", "Person")}, {E("Kerjasama Internasional", NULL)}, 1},
    {"title", /* must not: a rank and its service with no name after them */
     {"Pasukan itu dipimpin Brigjen TNI."},
     {{0}}, {{0}}, {{0}}, {E("TNI", "Person")}, 1},
    {"title", /* "Republik" and a state's name is that state */
     {"Presiden Republik Chile Lucia Reyes tiba di Jakarta."},
     {F("Lucia Reyes", "leaderOf", "Chile", "asserted"),
      F("Lucia Reyes", "visited", "Indonesia", "asserted")},
     {{0}}, {E("Lucia Reyes", "Person")}, {E("Republik Chile Lucia Reyes", NULL)}, 1},
    {"title", /* must not: the forms that name another state stay theirs */
     {"Presiden Republik Demokratik Kongo bertemu Presiden Republik Kongo."},
     {{0}}, {{0}}, {E("Republik Demokratik Kongo", "State"), E("Republik Kongo", "State")}, {{0}}, 1},
    {"title", /* a title, its state and "itu" describe the person just named */
     {"Keterlibatan baru Kanada dengan Lajos Kovacs akan membantu menjauhkan perdana menteri "
      "Hongaria yang semakin otoriter itu dari pengaruh Rusia."},
     {F("Lajos Kovacs", "leaderOf", "Hongaria", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"title", /* must not: with no demonstrative the title is of someone else */
     {"Keterlibatan baru Kanada dengan Lajos Kovacs akan membantu menjauhkan perdana menteri "
      "Hongaria dari pengaruh Rusia."},
     {{0}},
     {F("Lajos Kovacs", "leaderOf", "Hongaria", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* "Kementrian", a common spelling of "Kementerian", heads a state's body */
     {"Juru bicara Kementrian Luar Negeri Peru Ana Quispe mengatakan Peru mendukung Chile."},
     {F("Ana Quispe", "officialOf", "Peru", "asserted"), F("Peru", "supports", "Chile", "asserted")},
     {{0}}, {E("Kementrian Luar Negeri Peru", "Organization"), E("Ana Quispe", "Person")}, {{0}}, 1},
    {"patterns", /* must not: a currency's prefix is no name */
     {"Perdagangan bilateral meningkat dari US$37 juta menjadi US$126 juta."},
     {{0}}, {{0}}, {{0}}, {E("US", NULL)}, 1},
    {"places", /* a dateline with the agency after a comma: the city is a place, the
                * agency no name */
     {"Peru dan Chile Bahas Perdagangan\nSantiago, KabarNusa \u2013 Presiden Peru Ana Quispe "
      "menerima kunjungan Presiden Chile."},
     {{0}}, {{0}}, {E("Santiago", "Place")}, {E("KabarNusa", NULL)}, 1},
    {"places", /* must not: a city and a comma inside a sentence are no dateline */
     {"Presiden Peru tiba di Lima, Kamis, untuk bertemu Presiden Chile."},
     {{0}}, {{0}}, {E("Lima", "Place")}, {{0}}, 1},
    {"patterns", /* a noun of an act that opens the sentence is no part of the name after it */
     {"Presiden Kanada Marie Dupont tiba di Lima. Kunjungan Marie Dupont ke Santiago berlangsung "
      "lancar."},
     {F("Marie Dupont", "visited", "Chile", "asserted")},
     {{0}}, {{0}}, {E("Kunjungan Marie Dupont", NULL)}, 1},
    {"patterns", /* must not: a verb's form that opens the sentence stays out of names too, and
                  * makes no person of the ordinary word */
     {"Presiden Kanada Marie Dupont tiba di Lima. Berkunjung Marie Dupont ke Santiago."},
     {{0}}, {{0}}, {{0}}, {E("Berkunjung", NULL), E("Berkunjung Marie Dupont", NULL)}, 1},
    {"title", /* an ambassador accredited to two states; "Dubes RI" refers back to him */
     {"Duta Besar Republik Indonesia untuk Peru dan Chile, Bapak Andi Wirawan, telah melakukan "
      "kunjungan ke Chile. Dalam pertemuan dengan Presiden Chile, Lucia Reyes, Dubes RI "
      "menjelaskan kebijakan Indonesia."},
     {F("Andi Wirawan", "officialOf", "Indonesia", "asserted"),
      F("Andi Wirawan", "metWith", "Lucia Reyes", "asserted")},
     {F("Indonesia", "metWith", "Lucia Reyes", NULL)}, {E("Andi Wirawan", "Person")}, {{0}}, 1},
    {"title", /* must not: the ambassador of another state is someone else */
     {"Duta Besar Republik Indonesia untuk Peru, Bapak Andi Wirawan, tiba di Lima. Dubes Chile "
      "mengecam Bolivia."},
     {F("Andi Wirawan", "officialOf", "Indonesia", "asserted")},
     {F("Andi Wirawan", "criticized", "Bolivia", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* "perempuan", "termuda": modifiers between a title and its state */
     {"Ana Quispe menjadi presiden perempuan pertama Peru. Lucia Reyes adalah menteri luar negeri "
      "termuda Chile."},
     {F("Ana Quispe", "leaderOf", "Peru", "asserted"), F("Lucia Reyes", "officialOf", "Chile", "asserted")},
     {{0}}, {{0}}, {{0}}, 1},
    {"title", /* must not: a modifier with no state after it names no state */
     {"Ana Quispe menjadi presiden perempuan pertama di kampusnya di Peru."},
     {{0}},
     {F("Ana Quispe", "leaderOf", "Peru", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* "penguasa" (ruler) and "emir penguasa" are heads' titles */
     {"Ia menyampaikan pesan kepada emir penguasa Oman, Sheikh Hamad bin Said Al Busaidi."},
     {F("Hamad bin Said Al Busaidi", "leaderOf", "Oman", "asserted")},
     {{0}}, {E("Hamad bin Said Al Busaidi", "Person")}, {{0}}, 1},
    {"title", /* must not: rulers in general name no one */
     {"Para penguasa di kawasan itu bertemu di Oman."},
     {{0}}, {{0}}, {{0}}, {E("Para", NULL)}, 1},
    {"title", /* two initials begin the holder's name: the word before ends the body's */
     {"Pada tahun 1957 Ketua Presidium Uni Soviet Tertinggi K.Y. Voroshilov berkunjung ke "
      "Indonesia."},
     {F("K.Y. Voroshilov", "visited", "Indonesia", "asserted")},
     {{0}}, {E("K.Y. Voroshilov", "Person")}, {E("Tertinggi K.Y. Voroshilov", NULL)}, 1},
    {"title", /* an honorific with its apostrophe split off; a middle name alone later */
     {"Presiden Joko Widodo menerima Menteri Luar Negeri Malaysia Dato\u2019 Saifuddin Abdullah. "
      "PM Malaysia Dato' Sri Ismail Sabri Yakoob akan berkunjung ke Indonesia. PM Sabri "
      "mengecam Israel."},
     {F("Saifuddin Abdullah", "officialOf", "Malaysia", "asserted"),
      F("Ismail Sabri Yakoob", "leaderOf", "Malaysia", "asserted"),
      F("Ismail Sabri Yakoob", "criticized", "Israel", "asserted")},
     {F("Malaysia", "visited", "Indonesia", NULL)}, {E("Saifuddin Abdullah", "Person")},
     {E("Sabri", NULL)}, 1},
    {"title", /* must not: a point of the compass, or a word in a title-case heading, after
               * a title is no one-word name */
     {"Pertemuan Puncak dengan Pemimpin China Soroti Harapan yang Tak Terpenuhi\n\nKhalifa "
      "Hifter, pemimpin de facto Libya Timur, menyerang Tripoli."},
     {{0}},
     {{0}}, {{0}}, {E("Soroti", NULL), E("Timur", NULL)}, 1},
    {"agreementname", /* "tahun" before a treaty's year is no part of its name */
     {"Afwerki dan Perdana Menteri Ethiopia Meles Zenawi menandatangani Perjanjian Aljazair tahun "
      "2000."},
     {F("Meles Zenawi", "partyTo", "Perjanjian Aljazair 2000", "asserted")},
     {{0}}, {E("Perjanjian Aljazair 2000 = Perjanjian Aljazair tahun 2000", "Agreement")},
     {E("Perjanjian Aljazair tahun 2000", NULL)}, 1},
    {"title", /* a given name before two initials stays the name's ("Ronald J.P. Manik") */
     {"Duta Besar Indonesia untuk Papua Nugini Ronald J.P. Manik tiba di Port Moresby."},
     {F("Ronald J.P. Manik", "officialOf", "Indonesia", "asserted")},
     {{0}}, {E("Ronald J.P. Manik", "Person")}, {E("J.P. Manik", NULL)}, 1},
    {"title", /* "X pimpinan Y": Y leads the body right before the title */
     {"Partai Buruh pimpinan Keir Starmer menang. Indonesia pimpinan Joko Widodo menang."},
     {F("Keir Starmer", "leaderOf", "Partai Buruh", "asserted")},
     {F("Joko Widodo", "leaderOf", "Partai Buruh", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* an English rank, a name, then "dari" and the state the holder is from */
     {"Menteri Pertahanan Ryamizard Ryacudu bertemu dengan General Cyril Crozesi dari Perancis. "
      "Ia juga menerima Rear Admiral Torben Mikkelsen dari Denmark."},
     {F("Cyril Crozesi", "officialOf", "Prancis", "asserted"),
      F("Torben Mikkelsen", "officialOf", "Denmark", "asserted")},
     {{0}}, {E("Cyril Crozesi", "Person"), E("Torben Mikkelsen", "Person")},
     {E("General Cyril Crozesi", NULL)}, 1},
    {"title", /* must not: an analyst is from a state, not its official */
     {"Pengamat politik Greg Fealy dari Australia mengatakan hal itu."},
     {{0}},
     {F("Greg Fealy", "officialOf", "Australia", NULL)}, {{0}}, {{0}}, 1},
    {"title", /* two years joined by a dash in brackets after a name: a person's life */
     {"Mohamad Roem (16 Mei 1908 \u2013 24 September 1983) adalah Menteri Luar Negeri Indonesia."},
     {F("Mohamad Roem", "officialOf", "Indonesia", "asserted")},
     {{0}}, {E("Mohamad Roem", "Person")}, {{0}}, 1},
    {"title", /* must not: a body's founding years */
     {"Dewan Ekonomi Asia (1967 \u2013 1990) adalah organisasi regional."},
     {{0}},
     {{0}}, {{0}}, {E("Dewan Ekonomi Asia", "Person")}, 1},
    {"title", /* a name, then its post in lower case in brackets: a person */
     {"Deklarasi itu ditandatangani oleh Narciso Ramos (menteri luar negeri Filipina) dan Thanat "
      "Khoman (menteri luar negeri Thailand)."},
     {F("Narciso Ramos", "officialOf", "Filipina", "asserted"),
      F("Thanat Khoman", "officialOf", "Thailand", "asserted")},
     {{0}}, {E("Narciso Ramos", "Person"), E("Thanat Khoman", "Person")}, {{0}}, 1},
    {"title", /* must not: a title's short form in capitals in brackets */
     {"Peter O'Neill dan Tata Ruang (Menteri APEC) hadir kemarin."},
     {{0}},
     {{0}}, {{0}}, {E("Tata Ruang", NULL)}, 1},
    {"title", /* a minister's bare title: the lexicon of office holders knows the state */
     {"Menteri Luar Negeri Wang Yi akan mengunjungi Myanmar. Menteri Pertahanan Wang Yi tiba."},
     {F("Wang Yi", "officialOf", "China", "asserted"),
      F("Wang Yi", "visited", "Myanmar", "planned")},
     {{0}}, {{0}}, {{0}}, 1},
    {"title", /* must not: another office than the lexicon's gives no state */
     {"Menteri Pertahanan Wang Yi tiba di Yangon."},
     {{0}},
     {F("Wang Yi", "officialOf", "China", NULL)}, {{0}}, {{0}}, 1},
    {"kin", /* a kin or counterpart noun, a comma, then a name no lexicon knows: a person,
             * the object of the verb before the noun */
     {"Presiden Salva Kiir bertemu mantan wakilnya, Riek Machar, di Addis Ababa. Machar mengecam "
      "Sudan. Menlu Retno Marsudi bertemu mitranya, Wang Yi."},
     {F("Salva Kiir", "metWith", "Riek Machar", "asserted"),
      F("Riek Machar", "criticized", "Sudan", "asserted"),
      F("Retno Marsudi", "metWith", "Wang Yi", "asserted")},
     {{0}}, {E("Riek Machar", "Person")}, {{0}}, 1},
    {"kin", /* a rival's genitive, a comma, then the rival's name: the object is the rival */
     {"Antony Blinken menunjukkan dukungan bagi pesaing Maduro, Juan Guaido, di Senat."},
     {F("Antony Blinken", "supports", "Juan Guaido", "asserted")},
     {F("Antony Blinken", "supports", "Nicol\u00e1s Maduro", NULL)}, {E("Juan Guaido", "Person")},
     {{0}}, 1},
    {"kin", /* must not: a kin noun with no person after its comma */
     {"Presiden Salva Kiir bertemu mantan wakilnya, Sudan Selatan menyambutnya."},
     {{0}},
     {F("Salva Kiir", "metWith", "Sudan Selatan", NULL)}, {{0}}, {E("Sudan Selatan", "Person")}, 1},
    {"bodyname", /* "Kongres" alone is the US Congress; a longer name wins */
     {"Kongres menyetujui sanksi terhadap Rusia. Kongres Rakyat Nasional China mengecam langkah itu."},
     {F("Amerika Serikat", "sanctioned", "Rusia", "asserted")}, /* a government body acts for its state */
     {{0}}, {E("Kongres AS", "Organization"), E("Kongres Rakyat Nasional", "Organization")}, {{0}}, 1},
    {"bodyname", /* English heads end a body's name, after a known place or unknown words */
     {"Kolombia dan Indonesia merupakan negara yang bergabung pada Gerakan Non-Blok, Cairns "
      "Group, dan CIVETS Bloc."},
     {F("Kolombia", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Kolombia", "memberOf", "Cairns Group", "asserted"),
      F("Kolombia", "memberOf", "CIVETS Bloc", "asserted"),
      F("Indonesia", "memberOf", "Gerakan Non-Blok", "asserted"),
      F("Indonesia", "memberOf", "Cairns Group", "asserted"),
      F("Indonesia", "memberOf", "CIVETS Bloc", "asserted")},
     {{0}}, {E("Cairns Group", "Organization"), E("CIVETS Bloc", "Organization")}, {{0}}, 0},
    {"bodyname", /* must not: a known body or state before the head is no new name */
     {"Indonesia bergabung dengan ASEAN Institute dan menghadiri forum di Jakarta."},
     {{0}},
     {{0}}, {{0}}, {E("ASEAN Institute", NULL)}, 1},
    {"bodyname", /* a state's mission named by its city belongs to the state */
     {"Kuasa Usaha Ad Interim KBRI Tokyo Tri Purnajaya hadir dalam pertemuan itu."},
     {F("Tri Purnajaya", "officialOf", "KBRI Tokyo", "asserted"),
      F("Tri Purnajaya", "officialOf", "Indonesia", "asserted")},
     {{0}}, {E("KBRI Tokyo", "Organization")}, {{0}}, 0},
    {"bodyname", /* must not: the city's state is not the mission's */
     {"Kuasa Usaha Ad Interim KBRI Tokyo Tri Purnajaya hadir dalam pertemuan itu."},
     {{0}},
     {F("Tri Purnajaya", "officialOf", "Jepang", NULL)}, {{0}}, {E("Tokyo", NULL)}, 1},
    {"bodyname", /* "Ketua Majelis ..." is a title and a body, not the title "ketua majelis" */
     {"Ketua Majelis Nasional Korea Selatan Kim Jin-pyo bertemu Presiden Indonesia Joko Widodo."},
     {F("Kim Jin-pyo", "leaderOf", "Majelis Nasional Korea Selatan", "asserted"),
      F("Kim Jin-pyo", "officialOf", "Korea Selatan", "asserted")},
     {{0}},
     {E("Majelis Nasional Korea Selatan", "Organization"), E("Kim Jin-pyo", "Person")},
     {E("Nasional Korea Selatan", NULL)},
     1},
    {"bodyname", /* a known body's name running on names another body */
     {"Juru bicara Dewan Keamanan Nasional Filipina, Jonathan Malaya mengecam China."},
     {F("Jonathan Malaya", "officialOf", "Dewan Keamanan Nasional Filipina", "asserted"),
      F("Jonathan Malaya", "officialOf", "Filipina", "asserted"),
      F("Jonathan Malaya", "criticized", "China", "asserted")},
     {F("Jonathan Malaya", "officialOf", "Dewan Keamanan PBB", NULL)},
     {E("Dewan Keamanan Nasional Filipina", "Organization"), E("Jonathan Malaya", "Person")},
     {E("Nasional", NULL)},
     0},
    {"bodyname", /* a body named by a post: the post is no person */
     {"Sri Adiningsih, Ketua Dewan Pertimbangan Presiden, mengunjungi Jepang."},
     {F("Sri Adiningsih", "leaderOf", "Dewan Pertimbangan Presiden", "asserted"),
      F("Sri Adiningsih", "visited", "Jepang", "asserted")},
     {{0}},
     {E("Dewan Pertimbangan Presiden", "Organization")},
     {E("Dewan Pertimbangan", NULL), E("Presiden", NULL)},
     0},
    {"bodyname", /* a body's name stops before a person's name with an initial */
     {"Direktur Jenderal Kerja Sama Asia Kementerian Luar Negeri Agus R. Santoso hadir."},
     {{0}},
     {{0}},
     {E("Agus R. Santoso", "Person")},
     {E("Kementerian Luar Negeri Agus R", NULL), E("Kerja Sama", NULL)},
     1},
    {"bodyname", /* must not fire: a head noun with a demonstrative is no name */
     {"Majelis itu bersidang pada Senin."},
     {{0}},
     {{0}},
     {{0}},
     {E("Majelis", NULL)},
     0},
    /* ---- barename: a bare name or a title alone refers to someone named before ---- */
    {"barename", /* a given name before a known person's shorter name, when the full name
                  * has it */
     {"Menteri Luar Negeri Iran, Mohammad Zarif, mengatakan sanksi itu keliru."},
     {F("Mohammad Javad Zarif", "officialOf", "Iran", "asserted")},
     {{0}}, {{0}}, {E("Mohammad", NULL)}, 1},
    {"barename", /* must not: another given name before a known family name is someone else */
     {"Menteri Luar Negeri Amerika Serikat Michelle Obama tiba di Jakarta."},
     {{0}},
     {F("Barack Obama", "visited", "Indonesia", NULL), F("Barack Obama", "officialOf", "Amerika Serikat", NULL)},
     {{0}}, {{0}}, 1},
    {"barename", /* an unknown name that opens its clause before the verb is a person's */
     {"Theodore Roosevelt menjadi penengah perundingan itu. Roberto Azevedo bertemu dengan "
      "Menteri Luar Negeri Brasil Mauro Vieira di Brasilia."},
     {F("Mauro Vieira", "officialOf", "Brasil", "asserted"),
      F("Roberto Azevedo", "metWith", "Mauro Vieira", "asserted")},
     {{0}}, {E("Theodore Roosevelt", "Person"), E("Roberto Azevedo", "Person")}, {{0}}, 1},
    {"barename", /* must not: a body, a force or a place before the verb is no person */
     {"Bank Dunia memberikan pinjaman. Pasukan Perdamaian tiba di Sudan. Laut Kaspia menjadi "
      "sengketa."},
     {{0}},
     {{0}}, {{0}}, {E("Bank Dunia", "Person"), E("Pasukan Perdamaian", "Person"),
                    E("Laut Kaspia", "Person")}, 1},
    {"barename", /* the family name alone after the full name */
     {"Perdana Menteri Norwegia Erik Solvang mengunjungi Swedia. Solvang bertemu Perdana Menteri "
      "Swedia Ulf Kristersson."},
     {F("Erik Solvang", "leaderOf", "Norwegia", "asserted"),
      F("Ulf Kristersson", "leaderOf", "Swedia", "asserted"),
      F("Erik Solvang", "visited", "Swedia", "asserted"),
      F("Erik Solvang", "metWith", "Ulf Kristersson", "asserted")},
     {{0}},
     {E("Erik Solvang", "Person")},
     {E("Solvang", NULL)},
     0},
    {"barename", /* a title with its state and no name: the leader named before */
     {"Sultan Oman Haitham bin Tariq tiba di Jakarta. Presiden Joko Widodo bertemu Sultan Oman di "
      "Istana Bogor."},
     {F("Joko Widodo", "metWith", "Haitham bin Tariq", "asserted")},
     {{0}},
     {E("Haitham bin Tariq", "Person")},
     {E("Sultan Oman", NULL)},
     1},
    {"barename", /* must not fire: a bare name never named in full is no person */
     {"Solvang mengunjungi Swedia."},
     {{0}},
     {{0}},
     {{0}},
     {E("Solvang", NULL)},
     0},
    {"title", /* a rank after the comma: the office's holder */
     {"Di Manila, Hagel bertemu dengan Menteri Pertahanan Vietnam, Jenderal Phan Van Giang."},
     {F("Phan Van Giang", "officialOf", "Vietnam", "asserted")},
     {{0}},
     {E("Phan Van Giang", "Person"), E("Hagel", "Person")}, /* the text's one name for him */
     {{0}},
     1},
    {"title", /* must not: another office after the comma is no name */
     {"Ia pernah menjabat sebagai Sekretaris Jenderal Partai Rakyat Kamboja, Ketua Pertama Senat "
      "Kamboja."},
     {{0}},
     {{0}},
     {{0}},
     {E("Ketua Pertama", NULL), E("Ketua", NULL)},
     1},
    {"barename", /* "(lahir ...)" after a name no lexicon lists: a person's */
     {"Dino Patti Djalal (lahir 10 September 1965) adalah seorang diplomat Indonesia."},
     {{0}},
     {{0}},
     {E("Dino Patti Djalal", "Person")},
     {{0}},
     1},
    {"barename", /* must not: a parenthesis without "lahir" introduces no person */
     {"Kota Lama (bahasa Belanda: Oude Stad) menarik wisatawan."},
     {{0}},
     {{0}},
     {{0}},
     {E("Kota Lama", "Person")},
     1},
    {"title", /* "mantan" before the title of an apposition */
     {"Hadir pula Hassan Wirajuda, mantan Menteri Luar Negeri Indonesia."},
     {F("Hassan Wirajuda", "officialOf", "Indonesia", "asserted")},
     {{0}},
     {E("Hassan Wirajuda", "Person")},
     {{0}},
     1},
    {"title", /* the ambassador's full title is one title, not a name */
     {"Ia diangkat sebagai Duta Besar Luar Biasa Berkuasa Penuh untuk Kerajaan Inggris."},
     {{0}},
     {{0}},
     {{0}},
     {E("Luar Biasa Berkuasa Penuh", NULL)},
     1},
    {"barename", /* a title-case heading: capitalised common words are no name */
     {"Penuhi Undangan, Presiden Lula Tiba di Tokyo\n\nPresiden Brasil Lula da Silva tiba di "
      "Tokyo."},
     {{0}},
     {{0}},
     {E("Luiz Inácio Lula da Silva", "Person")},
     {E("Penuhi Undangan", NULL), E("Lula Tiba", NULL)},
     1},
    {"bodyname", /* an analyst "dari" a body no lexicon lists, its head word last */
     {"Lowy Pratama, pengamat Asia Pasifik dari Lowy Institute, mengatakan hal itu."},
     {F("Lowy Pratama", "affiliatedWith", "Lowy Institute", "asserted")},
     {{0}},
     {E("Lowy Institute", "Organization")},
     {{0}},
     1},
    {"bodyname", /* must not: "dari" a state says where the analyst comes from */
     {"Greg Barton, pengamat politik dari Australia, mengatakan hal itu."},
     {{0}},
     {F("Greg Barton", "affiliatedWith", "Australia", NULL),
      F("Greg Barton", "officialOf", "Australia", NULL)},
     {{0}},
     {{0}},
     1},
    {"title", /* a family name that is also the relative "yang", inside a sentence */
     {"Kerry bertemu Menteri Luar Negeri China Yang Jiechi di Beijing."},
     {F("Yang Jiechi", "officialOf", "China", "asserted")},
     {{0}},
     {E("Yang Jiechi", "Person")},
     {{0}},
     1},
    {"barename", /* must not: "Yang" opening a sentence is the relative */
     {"Yang Mulia Raja Salman tiba di Jakarta."},
     {{0}},
     {{0}},
     {{0}},
     {E("Yang Mulia", NULL)},
     1},
    {"eventname", /* "Konflik", "Agresi", "Operasi" open an event's name; a Roman numeral
                   * after the state that ends a name counts which one */
     {"India dan Pakistan berselisih dalam Konflik Kashmir. Belanda melancarkan Agresi Militer "
      "Belanda I pada 1947. Operasi Seroja dimulai pada 1975. Mohammad Roem menjabat dalam "
      "Kabinet Sjahrir III."},
     {{0}},
     {{0}},
     {E("Konflik Kashmir", "Event"), E("Agresi Militer Belanda I", "Event"),
      E("Operasi Seroja", "Event"), E("Kabinet Sjahrir III", "Organization")},
     {E("Agresi Militer Belanda", NULL), E("Kabinet Sjahrir", NULL)},
     1},
    {"eventname", /* must not: the head alone, or before lower-case words, is no name */
     {"Konflik itu meluas ke Kashmir. Operasi militer dimulai pada 1991."},
     {{0}},
     {{0}},
     {E("Kashmir", "Place")},
     {E("Konflik", NULL), E("Operasi", NULL)},
     1},
    {"eventname", /* a city and a year name one summit of a known series */
     {"Jokowi hadir pada penutupan KTT G20 Roma 2021. Presidensi Indonesia pada KTT G20 2022 "
      "berakhir."},
     {{0}}, {{0}},
     {E("KTT G20 Roma 2021", "Event"), E("KTT G20 2022", "Event")},
     {E("Roma", NULL)}, 1},
    {"eventname", /* must not: a city after the series with no year is where it met */
     {"KTT G20 di Roma dibuka. Para menteri hadir pada KTT G20 Roma."},
     {{0}}, {{0}},
     {E("Roma", "Place")},
     {E("KTT G20 Roma", NULL)}, 1},
    {"eventname", /* an ordinal names one summit of a series, known or not */
     {"KTT ASEAN ke-43 digelar di Jakarta. Konferensi Partai ke-4 memilihnya."},
     {{0}},
     {{0}},
     {E("KTT ASEAN ke-43", "Event"), E("Konferensi Partai ke-4", "Event")},
     {E("Konferensi Partai", NULL)},
     1},
    {"eventname", /* must not: the series alone stays the series */
     {"KTT ASEAN digelar setiap tahun."},
     {{0}},
     {{0}},
     {E("KTT ASEAN", "Event")},
     {{0}},
     1},
    {"eventname", /* a number after the name that is no ordinal stays out of it */
     {"KTT ASEAN 2023 dihadiri 10 negara."},
     {{0}},
     {{0}},
     {{0}},
     {E("KTT ASEAN ke-2023", NULL)},
     1},
    /* ---- places: a point of the compass goes on a place's name ---- */
    {"placename", /* "Korea Selatan dan Utara": the compass word alone names the other state;
                   * states may hold a meeting */
     {"Korea Selatan dan Utara melakukan pertemuan tingkat tinggi."},
     {F("Korea Selatan", "metWith", "Korea Utara", "asserted")},
     {{0}}, {E("Korea Utara", "State")}, {{0}}, 0},
    {"placename", /* must not: a region and a compass word name no state */
     {"Jawa Barat dan Timur dilanda banjir. Sudan Selatan dan Barat bertemu."},
     {{0}},
     {{0}}, {{0}}, {E("Timur", NULL), E("Barat", NULL), E("Sudan", NULL)}, 1},
    {"placename", /* a known place and an unknown one, each with its compass point */
     {"Gubernur itu lahir di Jawa Tengah dan bekerja di Laut Cina Selatan."},
     {{0}},
     {{0}},
     {E("Jawa Tengah", "Place"), E("Laut Cina Selatan", "Place")},
     {E("Jawa", NULL), E("Laut Cina", NULL)},
     1},
    {"placename", /* must not: a state whose name holds the compass point stays that state */
     {"Korea Utara mengirim delegasi ke Afrika Selatan."},
     {{0}},
     {{0}},
     {E("Korea Utara", "State"), E("Afrika Selatan", "State")},
     {E("Korea", NULL)},
     1},
    {"placename", /* a city after a palace and a comma locates it: no state acts */
     {"Presiden Ghana John Mahama menerima Perdana Menteri Togo di Istana Jubilee, Accra, pada "
      "Senin."},
     {{0}},
     {{0}},
     {E("Accra", "Place")},
     {{0}},
     1},
    {"placename", /* must not: a compass point alone names no place */
     {"Pasukan itu bergerak ke Utara setelah Jepang menyerah."},
     {{0}},
     {{0}},
     {E("Jepang", "State")},
     {E("Utara", NULL)},
     1},
    {"bodyname", /* an embassy by its head noun, its state and its city, not a person after "oleh" */
     {"Perwakilan diplomatik Kanada di Kuba dipegang oleh Kedutaan Besar Kanada di Havana."},
     {{0}},
     {{0}},
     {E("Kedutaan Besar Kanada di Havana", "Organization")},
     {E("Kedutaan Besar", NULL)},
     1},
    {"bodyname", /* a parliament by its head noun and its state */
     {"Parlemen Australia menolak rencana itu."},
     {{0}},
     {{0}},
     {E("Parlemen Australia", "Organization")},
     {{0}},
     1},
    {"title", /* a known place as a person's family name after a title */
     {"Presiden Chile Ricardo Lagos mengunjungi Peru."},
     {F("Ricardo Lagos", "leaderOf", "Chile", "asserted")},
     {{0}},
     {E("Ricardo Lagos", "Person")},
     {E("Ricardo", NULL)},
     1},
    {"title", /* must not: a place after a capitalised word and no title stays a place */
     {"Pulau itu berada di bawah administrasi Subprefektur Nemuro, Prefektur Hokkaido."},
     {{0}},
     {{0}},
     {{0}},
     {E("Prefektur Hokkaido", "Person")},
     1},
    {"title", /* must not: after a list of names, a title followed by a name is that
               * name's title, no apposition of the last name before it */
     {"Di hadapan petinggi Uni Soviet seperti Mikoyan dan Malenkov, Menteri Luar Negeri "
      "Indonesia Ruslan Abdulgani menandatangani kesepakatan itu."},
     {F("Ruslan Abdulgani", "officialOf", "Indonesia", "asserted")},
     {F("Malenkov", "officialOf", "Indonesia", NULL)},
     {E("Mikoyan", "Person"), E("Malenkov", "Person")}, /* one name each in the text */
     {{0}},
     1},

    {"bodyname", /* a known body by a hyphenated spelling whose key another spelling
                  * already has ("Al-Qaeda" after "Al Qaeda"), and with an Arabic article
                  * in lower case */
     {"Serangan itu dilakukan Al-Qaeda. Pasukan Ethiopia menggempur al-Shabab di Somalia."},
     {{0}}, {{0}},
     {E("Al Qaeda", "Organization"), E("Al-Shabaab", "Organization")},
     {{0}}, 1},
    {"bodyname", /* "Kelompok", "Blok" head a body's name */
     {"Indonesia dan Pakistan adalah anggota Kelompok Kontak Samudra Selatan. Kuba bergabung "
      "dengan Blok Timur."},
     {F("Indonesia", "memberOf", "Kelompok Kontak Samudra Selatan", "asserted"),
      F("Pakistan", "memberOf", "Kelompok Kontak Samudra Selatan", "asserted")},
     {{0}},
     {E("Kelompok Kontak Samudra Selatan", "Organization"), E("Blok Timur", "Organization")},
     {{0}}, 1},
    {"bodyname", /* must not: the head alone, or before a demonstrative, names nothing */
     {"Kelompok itu menyerang pos polisi di Mindanao. Blok tersebut bubar."},
     {{0}}, {{0}}, {{0}}, {E("Kelompok", NULL), E("Kelompok itu", NULL), E("Blok", NULL)}, 1},

    /* ---- patterns: the name patterns of issue 10, each with a case where it must
     * not fire ---- */
    {"patterns", /* a rank without its full stop before a name; the rank is no part of it */
     {"Brigjen Suharyanto Wibowo memimpin pasukan itu ke Papua."},
     {{0}}, {{0}}, {E("Suharyanto Wibowo", "Person")},
     {E("Brigjen Suharyanto Wibowo", NULL)}, 1},
    {"patterns", /* enlisted and police ranks, "Pak" and "Bu": no part of the name */
     {"Serma Hartono dan Pratu Sunardi tewas dalam serangan itu. Menurut Pak Moertodjo, "
      "Bripka Andi Wijaya menangkap pelaku."},
     {{0}}, {{0}},
     {E("Hartono", "Person"), E("Sunardi", "Person"), E("Moertodjo", "Person"),
      E("Andi Wijaya", "Person")},
     {E("Serma Hartono", NULL), E("Pratu Sunardi", NULL), E("Pak Moertodjo", NULL),
      E("Bripka Andi Wijaya", NULL)}, 1},
    {"patterns", /* must not: a rank or "Pak" with no name after it; "Pak" before a
                  * hyphenated given name is a family name */
     {"Kopral itu tewas dalam serangan. Pak, kata dia, sudah pulang. Menteri Luar Negeri Korea "
      "Utara Pak Ui-chun tiba di Singapura."},
     {F("Pak Ui-chun", "officialOf", "Korea Utara", "asserted")}, {{0}},
     {E("Pak Ui-chun", "Person")}, {E("Kopral", NULL), E("Pak", NULL), E("Ui-chun", NULL)}, 1},
    {"patterns", /* a kind of school, "Negeri", a number and its town name one school */
     {"Ia bersekolah di SMA Negeri 39 Jakarta. Siswa SMK Negeri I Limboto dan SDN 2 Bogor "
      "menang lomba."},
     {{0}}, {{0}},
     {E("SMA Negeri 39 Jakarta", "Organization"), E("SMK Negeri I Limboto", "Organization"),
      E("SDN 2 Bogor", "Organization")},
     {E("I Limboto", NULL), E("SMA", NULL)}, 1},
    {"patterns", /* must not: the kind of school alone, or in lower case, names none */
     {"Ia lulus SMA pada 1990. Anak itu masih sd 2 tahun lagi."},
     {{0}}, {{0}}, {{0}}, {E("SMA", NULL), E("sd 2", NULL)}, 1},
    {"patterns", /* must not: a rank with its full stop and no name after it */
     {"Brigjen. tidak hadir dalam upacara itu."},
     {{0}}, {{0}}, {{0}}, {E("Brigjen", NULL), E("Brigjen.", NULL)}, 1},
    {"patterns", /* name particles: "binti", "van der" */
     {"Putri raja, Siti Aisyah binti Abdullah, menghadiri acara itu. Menteri Luar Negeri "
      "Belanda Hans van der Broek berkunjung ke Jakarta."},
     {F("Hans van der Broek", "officialOf", "Belanda", "asserted")},
     {{0}},
     {E("Siti Aisyah binti Abdullah", "Person"), E("Hans van der Broek", "Person")},
     {E("Broek", NULL)}, 1},
    {"patterns", /* initials (dotted, before a particle) and a ruler's number make a name */
     {"Pada 1947, Gubernur Jenderal H.J. van Mook menyatakan perang. Delegasi dipimpin Adam "
      "Malik, sedang E. Bunker menjadi perantaranya. Tsar Alexander II mencaplok wilayah itu. "
      "Kerajaan Polandia di bawah Adipati Mieszko I bersekutu dengan Jerman."},
     {{0}}, {{0}},
     {E("H.J. van Mook", "Person"), E("E. Bunker", "Person"), E("Alexander II", "Person"),
      E("Mieszko I", "Person")},
     {E("Mook", NULL), E("Bunker", NULL), E("Alexander", NULL)}, 1},
    {"patterns", /* must not: a model's letter after a slash, an honorific in dotted form
                  * before a name with no particle */
     {"AS menjual helikopter AH-64/D Apache. Hadir pula Menlu Vietnam, H.E. Mr. Pham Binh Minh."},
     {{0}}, {{0}},
     {E("Pham Binh Minh", "Person")},
     {E("D Apache", NULL), E("H.E. Mr", NULL)}, 1},
    {"patterns", /* a capitalised run after a speech verb is a person's name */
     {"\"Kami siap membantu,\" ujar Rahmat Hidayat Pulungan."},
     {{0}}, {{0}}, {E("Rahmat Hidayat Pulungan", "Person")}, {{0}}, 1},
    {"patterns", /* must not: a body after a speech verb stays a body */
     {"\"Kami siap,\" ujar Kementerian Luar Negeri."},
     {{0}}, {{0}}, {E("Kementerian Luar Negeri", "Organization")},
     {E("Kementerian Luar Negeri", "Person")}, 1},
    {"patterns", /* a common noun, the state, then a name: the state's pilot or officer */
     {"Kerry meminta Rusia membebaskan pilot Ukraina Nadiya Savchenko. Pada 1935 petugas "
      "dinas sipil Britania Olaf Caroe meyakinkan pemerintah."},
     {{0}}, {{0}},
     {E("Nadiya Savchenko", "Person"), E("Olaf Caroe", "Person"), E("Inggris", "State")},
     {E("Britania Olaf Caroe", NULL)}, 1},
    {"patterns", /* must not: a place noun, a ship's prefix in capitals, one word alone */
     {"Kapal itu berlabuh di kota Rusia Vladivostok Baru. Kapal induk India INS Vikramaditya "
      "tiba. Pilot Ukraina Savchenko ditahan."},
     {{0}}, {{0}}, {{0}},
     {E("Vladivostok Baru", "Person"), E("INS Vikramaditya", "Person"), E("Savchenko", "Person")},
     1},
    {"patterns", /* a body's name of ordinary words ends where a person's name begins; a
                  * title before the body makes it the person's */
     {"Hadir pula Direktur Jenderal Asia-Pasifik dan Afrika Kementerian Luar Negeri Desra "
      "Percaya."},
     {{0}}, {{0}},
     {E("Desra Percaya", "Person"), E("Kementerian Luar Negeri", "Organization")},
     {E("Kementerian Luar Negeri Desra Percaya", NULL)}, 1},
    {"patterns", /* must not: a body named after someone, English words after a body */
     {"Ia kuliah di Universitas Gadjah Mada. Para Menlu ASEAN menghadiri antara lain ASEAN "
      "Ministerial Meeting Plenary."},
     {{0}}, {{0}},
     {E("Universitas Gadjah Mada", "Organization")},
     {E("Gadjah Mada", "Person"), E("Ministerial Meeting Plenary", "Person")}, 1},
    {"patterns", /* an unknown acronym between a title and a name is the body he serves */
     {"Ketua HKTI Prabowo Subianto hadir. Pengungkapan oleh mantan analis sistem NSA Edward "
      "Snowden mengejutkan dunia."},
     {F("Prabowo Subianto", "leaderOf", "HKTI", "asserted"),
      F("Edward Snowden", "affiliatedWith", "NSA", "asserted")},
     {{0}},
     {E("HKTI", "Organization"), E("NSA", "Organization"), E("Edward Snowden", "Person")},
     {E("HKTI Prabowo Subianto", NULL), E("NSA Edward Snowden", NULL)}, 1},
    {"patterns", /* must not: a common abbreviation is no body; an acronym before one
                  * name is no part of it either */
     {"Aktivis HAM Budi Santoso ditahan. Ketua KPU Hasyim berbicara."},
     {F("Hasyim", "leaderOf", "KPU", "asserted")},
     {{0}},
     {E("Budi Santoso", "Person"), E("Hasyim", "Person"), E("KPU", "Organization")},
     {E("HAM", NULL), E("HAM Budi Santoso", NULL), E("KPU Hasyim", NULL)}, 1},
    {"patterns", /* bodies by their head noun, with the state their name ends with */
     {"Badan Pengawas Tenaga Nuklir Jepang memeriksa reaktor itu. Komisi Pemilihan Umum "
      "Thailand mengumumkan hasilnya."},
     {{0}}, {{0}},
     {E("Badan Pengawas Tenaga Nuklir Jepang", "Organization"),
      E("Komisi Pemilihan Umum Thailand", "Organization")},
     {{0}}, 1},
    {"patterns", /* must not: a title with no name after it, an ordinary word opening the
                  * sentence */
     {"Menteri itu tidak hadir. Sementara itu Indonesia mengecam serangan itu."},
     {{0}}, {{0}}, {E("Indonesia", "State")}, {E("Menteri", NULL), E("Sementara", NULL)}, 1},
    {"patterns", /* an agreement by its head with a place and a year; a capital inside it
                  * is no state */
     {"Indonesia dan Jepang menandatangani Nota Kesepahaman Tokyo 2015."},
     {F("Indonesia", "partyTo", "Nota Kesepahaman Tokyo 2015", "asserted"),
      F("Jepang", "partyTo", "Nota Kesepahaman Tokyo 2015", "asserted")},
     {{0}}, {E("Nota Kesepahaman Tokyo 2015", "Agreement")}, {E("Tokyo", NULL)}, 1},
    {"patterns", /* an event by its head and a place; must not: the head alone */
     {"Krisis Selat Malaka melibatkan Malaysia dan Singapura. Krisis itu berlangsung lama."},
     {{0}}, {{0}}, {E("Krisis Selat Malaka", "Event")}, {E("Krisis", NULL)}, 1},

    /* ---- guessed: unknown names only the statistical tagger reads, and the
     * common-word test (hunspell-id) that keeps ordinary words out ---- */
    {"guessed", /* a foreign name with no title or verb to introduce it */
     {"Ia bertemu Ahmed Tayeb di Kairo."},
     {{0}}, {{0}}, {E("Ahmed Tayeb", "Person")}, {{0}}, 1},
    {"guessed", /* one name inside the sentence */
     {"Delegasi itu tiba di Vientiane bersama Mikoyan."},
     {{0}}, {{0}}, {E("Mikoyan", "Person")}, {{0}}, 1},
    {"guessed", /* an ordinary word opening the sentence is no part of the name after it;
                 * must not: ordinary words alone */
     {"Prestasi Wardoyo mulai terlihat sejak ia bermain untuk klub itu.",
      "Kemampuan Bahasa siswa itu meningkat."},
     {{0}}, {{0}}, {E("Wardoyo", "Person")},
     {E("Prestasi Wardoyo", NULL), E("Bahasa", NULL), E("Kemampuan Bahasa", NULL)}, 1},
    {"guessed", /* must not: capitalised ordinary words opening a clause before its verb */
     {"Warga Karantina menolak rencana itu."},
     {{0}}, {{0}}, {{0}}, {E("Warga Karantina", NULL)}, 1},
    {"guessed", /* must not: capitalised ordinary words inside the sentence */
     {"Rapat itu membahas Pahlawan Nasional dan Nasionalisme Arab."},
     {{0}}, {{0}}, {{0}}, {E("Pahlawan Nasional", NULL), E("Nasionalisme Arab", NULL)}, 1},
    {"guessed", /* must not: a photo's credits joined by slashes ("HO", handout) */
     {"Judul Berita Itu\n\nJakarta (ANTARA) - Presiden Indonesia menerima tamu dari Malaysia.\n\n"
      "Menteri Luar Negeri Malaysia Anwar Salleh (kiri) dan Presiden Indonesia dalam pertemuan "
      "di Bogor. (ANTARA/Sputnik/HO)\n\nKedua negara sepakat bekerja sama."},
     {{0}}, {{0}}, {E("Anwar Salleh", "Person")}, {E("HO", NULL)}, 1},
    {"guessed", /* a body's acronym that the tagger reads, though Hunspell spells the word in
                 * lower case ("bafta", a cloth); must not: an ordinary word in capitals */
     {"Film itu meraih penghargaan BAFTA pada tahun 2001.", "Rapat itu PENTING bagi warga desa."},
     {{0}}, {{0}}, {E("BAFTA", "Organization")}, {E("PENTING", NULL)}, 1},
    {"guessed", /* must not: a script the tagger never learnt */
     {"Dokumen itu berjudul Организация Договора."},
     {{0}}, {{0}}, {{0}}, {E("Организация Договора", NULL)}, 1},
    {"guessed", /* a club that a pattern alone would call a person (a name before its
                 * verb) or a place (after "di", "ke"): the tagger reads an organization */
     {"Pada musim 2010, Persikota Tangerang berhasil menjuarai turnamen itu.",
      "Ia pernah bermain di Persema Malang sebelum pindah ke Bali.",
      "Ia pindah ke Persipura Jayapura pada musim berikutnya."},
     {{0}}, {{0}},
     {E("Persikota Tangerang", "Organization"), E("Persema Malang", "Organization"),
      E("Persipura Jayapura", "Organization")},
     {E("Persikota Tangerang", "Person"), E("Persema Malang", "Place"),
      E("Persipura Jayapura", "Place")},
     1},
    {"guessed", /* must not: places and people the tagger reads as such keep their type,
                 * and a body named by its English head stays a body */
     {"Ia lahir di Sleman dan besar di Pakem.", "Budi Santoso menjuarai turnamen itu pada 2010.",
      "Album itu diproduksi di Musica Studios dan dirilis pada 2005."},
     {{0}}, {{0}},
     {E("Sleman", "Place"), E("Pakem", "Place"), E("Budi Santoso", "Person"),
      E("Musica Studios", "Organization")},
     {E("Sleman", "Organization"), E("Budi Santoso", "Organization")},
     1},
    {"guessed", /* names that Hunspell also spells as ordinary words ("maria", "akbar"), but
                 * that the tagger's unlabelled text always writes as proper nouns; must not:
                 * an ordinary word that text writes in lower case */
     {"Dalam film itu ia beradu akting dengan Maria dan Akbar.",
      "Keputusan itu dianggap Adil oleh warga desa."},
     {{0}}, {{0}}, {E("Maria", "Person"), E("Akbar", "Person")}, {E("Adil", NULL)}, 1},
    {"guessed", /* must not: a word of two people's names that the document cannot tell
                 * apart, though the tagger's text always writes it as a name, and one word
                 * after a bare title */
     {"Ia bertemu Park Min Soo dan Park Ji Hoon di Seoul. Sesudah itu Park kembali ke kantornya.",
      "Sesudah itu Presiden Maria kembali ke kantornya."},
     {{0}}, {{0}}, {E("Park Min Soo", "Person"), E("Park Ji Hoon", "Person")},
     {E("Park", NULL), E("Maria", NULL)}, 1},
    {"guessed", /* a body's name that ends with a place the lexicon knows, read as one by the
                 * tagger; must not: a word before a known place that modifies it */
     {"Ia pernah memperkuat Persib Bandung sebelum pindah ke Jakarta.",
      "Kapal itu berlayar di Laut Jawa selama dua hari."},
     {{0}}, {{0}}, {E("Persib Bandung", "Organization"), E("Laut Jawa", "Place")},
     {E("Bandung", NULL), E("Laut Jawa", "Organization")}, 1},
    {"guessed", /* people that "dari" alone would make places; must not: a place listed
                 * with places the lexicon knows */
     {"Band itu terdiri dari Wisnu Baskoro dan Ardi Permana.",
      "Rusia membuka konsulat di Yekaterinburg, Tyumen dan Vladivostok."},
     {{0}}, {{0}},
     {E("Wisnu Baskoro", "Person"), E("Ardi Permana", "Person"), E("Tyumen", "Place")},
     {E("Wisnu Baskoro", "Place"), E("Tyumen", "Person")}, 1},
    {"guessed", /* a body named in English with "of" after its head, also "of" a known place
                 * ("University of Sydney", "American University of Beirut") */
     {"Ia belajar seni di Royal College of Art sebelum kembali ke Jakarta.",
      "Kajian itu diterbitkan Harbour Policy Institute of Sydney pada 2019."},
     {{0}}, {{0}},
     {E("Royal College of Art", "Organization"), E("Harbour Policy Institute of Sydney", "Organization")},
     {E("Royal College", NULL), E("Harbour Policy Institute", NULL)}, 1},
    {"agreementname", /* a treaty's title runs on through "dan Keamanan" and ends with the two
                       * states it is between, which stay parties */
     {"Perjanjian Kerja Sama dan Keamanan Timbal Balik antara Amerika Serikat dan Jepang "
      "ditandatangani."},
     {F("Amerika Serikat", "partyTo",
        "Perjanjian Kerja Sama dan Keamanan Timbal Balik antara Amerika Serikat dan Jepang", "asserted"),
      F("Jepang", "partyTo",
        "Perjanjian Kerja Sama dan Keamanan Timbal Balik antara Amerika Serikat dan Jepang", "asserted")},
     {{0}}, {E("Amerika Serikat", "State"), E("Jepang", "State")},
     {E("Perjanjian Kerja Sama", NULL)}, 1},
    {"title", /* a unit's name of ordinary words between a head's title and the holder's name */
     {"Hadir mendampingi Menkumham, Direktur Jenderal Imigrasi Ronny F. Sompie, dan Direktur "
      "Jenderal Pemasyarakatan I Wayan Kusmiantha Dusak."},
     {{0}}, {{0}}, {E("Ronny F. Sompie", "Person"), E("I Wayan Kusmiantha Dusak", "Person")},
     {E("Imigrasi Ronny F. Sompie", NULL), E("Pemasyarakatan I Wayan Kusmiantha Dusak", NULL)}, 1},
    {"title", /* must not: a given name that is also a word, after a minister's title */
     {"Clinton bertemu dengan Menteri Luar Negeri Hina Rabbani Khar di Islamabad."},
     {{0}}, {{0}}, {E("Hina Rabbani Khar", "Person")}, {E("Rabbani Khar", NULL)}, 1},
    {"title", /* South Asian courtesy titles are no part of the name */
     {"Dubes RI bertemu Presiden Nepal, Rt.Hon’ble Ram Baran Yadav, dan Menlu Hon’ble Narayan Kaji "
      "Shrestra."},
     {F("Ram Baran Yadav", "leaderOf", "Nepal", "asserted")}, {{0}},
     {E("Ram Baran Yadav", "Person"), E("Narayan Kaji Shrestra", "Person")},
     {E("Hon’ble Narayan Kaji Shrestra", NULL), E("Rt.Hon’ble Ram Baran Yadav", NULL)}, 1},
    {"title", /* must not: "Hon" alone in a name stays */
     {"Presiden Korea Selatan Roh Moo-hyun bertemu Menteri Hon Lim."},
     {{0}}, {{0}}, {E("Roh Moo-hyun", "Person")}, {{0}}, 1},
    {"agreementname", /* states joined by hyphens, the first of two words: all parties */
     {"Kongres memulai proses resmi meratifikasi Perjanjian Amerika Serikat-Meksiko-Kanada.",
      "Pembicaraan damai Israel-Palestina macet."},
     {F("Amerika Serikat", "partyTo", "Perjanjian Amerika Serikat-Meksiko-Kanada", "asserted"),
      F("Meksiko", "partyTo", "Perjanjian Amerika Serikat-Meksiko-Kanada", "asserted"),
      F("Kanada", "partyTo", "Perjanjian Amerika Serikat-Meksiko-Kanada", "asserted")},
     {{0}}, {E("Kanada", "State"), E("Palestina", "State"), E("Israel", "State")}, {{0}}, 1},
    {"agreementname", /* must not: parts that are no states make no compound */
     {"Konferensi Asia-Afrika diadakan di Bandung."},
     {{0}}, {{0}}, {{0}}, {E("Afrika", "State"), E("Asia", "State")}, 1},
    {"agreementname", /* must not: an unnamed treaty "antara" two states gets no such title */
     {"Sebuah perjanjian antara Amerika Serikat dan Jepang ditandatangani."},
     {{0}}, {{0}}, {{0}}, {E("perjanjian antara Amerika Serikat dan Jepang", NULL)}, 1},
    /* ---- eighteenth session ---- */
    {"placename", /* a capital after "ibukota" (and its state) is the city, no metonym */
     {"Pasukan pemerintah Somalia merebut kembali ibukota Mogadishu dari Al-Shabaab. Pertandingan itu "
      "berlangsung di ibu kota Honduras Tegucigalpa."},
     {{0}}, {{0}}, {E("Mogadishu", "Place"), E("Tegucigalpa", "Place")}, {E("Honduras = Tegucigalpa", "State")}, 1},
    {"placename", /* must not: a capital that acts is its state */
     {"Mogadishu menolak tuduhan itu."},
     {{0}}, {{0}}, {E("Somalia = Mogadishu", "State")}, {E("Mogadishu", "Place")}, 1},
    {"bodyname", /* the name after "kantor berita" and its describing words is the agency */
     {"Kantor berita Rusia afrinz.ru mengatakan Lavrov akan tiba. Hal itu dikatakan kantor berita semiresmi "
      "Iran, ISNA, pada Kamis."},
     {{0}}, {{0}}, {E("afrinz.ru", "Organization"), E("ISNA", "Organization")}, {{0}}, 1},
    {"bodyname", /* must not: a person the agency quotes is no agency */
     {"Menurut kantor berita Rusia, Ivan Petrovsky akan tiba di Jakarta."},
     {{0}}, {{0}}, {{0}}, {E("Ivan Petrovsky", "Organization")}, 1},
    {"bodyname", /* "Garda" heads a body's name */
     {"Setelah Garda Pantai China memblokir kapal-kapal Filipina, Manila memprotes."},
     {{0}}, {{0}}, {E("Garda Pantai China", "Organization")}, {E("Garda Pantai China", "Person")}, 1},
};

/* Cases the extractor gets wrong today; see the file comment. */
/* Cases the extractor gets wrong today: none at the moment (see the file
 * comment and tests/extract/test_rules.c). */
int main(void) {
  static const char *const families[] = {"title", "initials", "agreementname", "bodyname",
                                         "barename", "placename",
                                         "eventname", "guessed", "patterns"};
  return rule_cases_main("name cases", cases, sizeof cases / sizeof cases[0], NULL, 0, families,
                         sizeof families / sizeof families[0], 3);
}
