// Given and family names by culture, and how likely each culture is among a country's residents.
// Pools keep given and family names of one origin together, so that a Japanese given name is not
// paired with a Dutch family name; the broader culture is what the demo data reports.
import type { CountryCode } from './geography.js';
import type { Rng, WeightedTable } from './random.js';
import { weightedTable } from './random.js';

/** Broad naming culture of a demo person. */
export type Culture =
  | 'arab-gulf'
  | 'arab-levant'
  | 'south-asian'
  | 'anglo'
  | 'western-european'
  | 'southern-european'
  | 'east-asian'
  | 'african'
  | 'latin-american';

/** A name in Latin script, with its Arabic-script spelling for Arabic names. */
export interface PersonName {
  readonly en: string;
  readonly ar?: string;
  /** ASCII, lower case, for e-mail addresses: 'Al Mansoori' → 'al-mansoori', "D'Souza" → 'dsouza'. */
  readonly slug: string;
}

export interface NamePool {
  readonly id: string;
  readonly culture: Culture;
  readonly given: readonly PersonName[];
  readonly family: readonly PersonName[];
}

/** ASCII slug of a name for e-mail local parts. */
export function nameSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function latin(list: string): PersonName[] {
  return list.split(',').map((raw) => {
    const en = raw.trim();
    return { en, slug: nameSlug(en) };
  });
}

function arabic(pairs: ReadonlyArray<readonly [string, string]>): PersonName[] {
  return pairs.map(([en, ar]) => ({ en, ar, slug: nameSlug(en) }));
}

const GULF_GIVEN = arabic([
  ['Mohammed', 'محمد'],
  ['Ahmed', 'أحمد'],
  ['Abdullah', 'عبدالله'],
  ['Abdulaziz', 'عبدالعزيز'],
  ['Khalid', 'خالد'],
  ['Saeed', 'سعيد'],
  ['Sultan', 'سلطان'],
  ['Hamad', 'حمد'],
  ['Rashid', 'راشد'],
  ['Faisal', 'فيصل'],
  ['Turki', 'تركي'],
  ['Nasser', 'ناصر'],
  ['Majid', 'ماجد'],
  ['Saud', 'سعود'],
  ['Fahad', 'فهد'],
  ['Mansour', 'منصور'],
  ['Hamdan', 'حمدان'],
  ['Yousef', 'يوسف'],
  ['Omar', 'عمر'],
  ['Ali', 'علي'],
  ['Salem', 'سالم'],
  ['Mubarak', 'مبارك'],
  ['Nawaf', 'نواف'],
  ['Badr', 'بدر'],
  ['Hamza', 'حمزة'],
  ['Fatima', 'فاطمة'],
  ['Aisha', 'عائشة'],
  ['Maryam', 'مريم'],
  ['Noura', 'نورة'],
  ['Hessa', 'حصة'],
  ['Latifa', 'لطيفة'],
  ['Shamma', 'شما'],
  ['Alyazia', 'اليازية'],
  ['Reem', 'ريم'],
  ['Sara', 'سارة'],
  ['Hind', 'هند'],
  ['Amal', 'أمل'],
  ['Mona', 'منى'],
  ['Dana', 'دانة'],
  ['Shaikha', 'شيخة'],
  ['Moza', 'موزة'],
  ['Lulwa', 'لولوة'],
  ['Asma', 'أسماء'],
  ['Nouf', 'نوف'],
  ['Haya', 'هيا'],
  ['Mashael', 'مشاعل'],
  ['Alanoud', 'العنود'],
  ['Jawaher', 'جواهر'],
  ['Maitha', 'ميثاء'],
]);

const GULF_FAMILY = arabic([
  ['Al Mansoori', 'المنصوري'],
  ['Al Nuaimi', 'النعيمي'],
  ['Al Mazrouei', 'المزروعي'],
  ['Al Shamsi', 'الشامسي'],
  ['Al Suwaidi', 'السويدي'],
  ['Al Ketbi', 'الكتبي'],
  ['Al Dhaheri', 'الظاهري'],
  ['Al Falasi', 'الفلاسي'],
  ['Al Hashimi', 'الهاشمي'],
  ['Al Marri', 'المري'],
  ['Al Kaabi', 'الكعبي'],
  ['Al Muhairi', 'المهيري'],
  ['Al Zaabi', 'الزعابي'],
  ['Al Rumaithi', 'الرميثي'],
  ['Al Ameri', 'العامري'],
  ['Al Hammadi', 'الحمادي'],
  ['Al Balushi', 'البلوشي'],
  ['Al Qahtani', 'القحطاني'],
  ['Al Otaibi', 'العتيبي'],
  ['Al Ghamdi', 'الغامدي'],
  ['Al Zahrani', 'الزهراني'],
  ['Al Harbi', 'الحربي'],
  ['Al Dosari', 'الدوسري'],
  ['Al Shehri', 'الشهري'],
  ['Al Mutairi', 'المطيري'],
  ['Al Subaie', 'السبيعي'],
  ['Al Shammari', 'الشمري'],
  ['Al Anazi', 'العنزي'],
  ['Al Rashidi', 'الرشيدي'],
  ['Al Yami', 'اليامي'],
  ['Al Harthi', 'الحارثي'],
  ['Al Tamimi', 'التميمي'],
  ['Al Jaber', 'الجابر'],
  ['Al Kuwari', 'الكواري'],
  ['Al Sulaiti', 'السليطي'],
  ['Al Mohannadi', 'المهندي'],
  ['Al Emadi', 'العمادي'],
  ['Al Malki', 'المالكي'],
  ['Al Hajri', 'الهاجري'],
  ['Al Ansari', 'الأنصاري'],
]);

const LEVANT_GIVEN = arabic([
  ['Layla', 'ليلى'],
  ['Rami', 'رامي'],
  ['Karim', 'كريم'],
  ['Nadine', 'نادين'],
  ['Rania', 'رانيا'],
  ['Ziad', 'زياد'],
  ['Tarek', 'طارق'],
  ['Hadi', 'هادي'],
  ['Jad', 'جاد'],
  ['Elie', 'إيلي'],
  ['Georges', 'جورج'],
  ['Nour', 'نور'],
  ['Lina', 'لينا'],
  ['Maya', 'مايا'],
  ['Yara', 'يارا'],
  ['Dima', 'ديما'],
  ['Hala', 'هالة'],
  ['Samer', 'سامر'],
  ['Fadi', 'فادي'],
  ['Bassel', 'باسل'],
  ['Wael', 'وائل'],
  ['Hussein', 'حسين'],
  ['Majd', 'مجد'],
  ['Nizar', 'نزار'],
  ['Sami', 'سامي'],
  ['Khaled', 'خالد'],
  ['Rasha', 'رشا'],
  ['Ghada', 'غادة'],
  ['Joumana', 'جمانة'],
  ['Tala', 'تالا'],
  ['Lama', 'لمى'],
  ['Zeina', 'زينة'],
  ['Mira', 'ميرا'],
  ['Salma', 'سلمى'],
  ['Rana', 'رنا'],
  ['Hiba', 'هبة'],
  ['Issa', 'عيسى'],
  ['Anas', 'أنس'],
  ['Mahmoud', 'محمود'],
  ['Youssef', 'يوسف'],
  ['Ibrahim', 'إبراهيم'],
  ['Amer', 'عامر'],
  ['Nabil', 'نبيل'],
  ['Marwan', 'مروان'],
]);

const LEVANT_FAMILY = arabic([
  ['Haddad', 'حداد'],
  ['Khoury', 'خوري'],
  ['Nassar', 'نصار'],
  ['Saleh', 'صالح'],
  ['Hamdan', 'حمدان'],
  ['Mansour', 'منصور'],
  ['Khalil', 'خليل'],
  ['Awad', 'عوض'],
  ['Darwish', 'درويش'],
  ['Haddadin', 'حدادين'],
  ['Aoun', 'عون'],
  ['Sabbagh', 'صباغ'],
  ['Najjar', 'نجار'],
  ['Qasem', 'قاسم'],
  ['Barakat', 'بركات'],
  ['Tannous', 'طنوس'],
  ['Karam', 'كرم'],
  ['Abboud', 'عبود'],
  ['Zein', 'زين'],
  ['Halabi', 'حلبي'],
  ['Odeh', 'عودة'],
  ['Jaber', 'جابر'],
  ['Hijazi', 'حجازي'],
  ['Nasrallah', 'نصرالله'],
  ['Farah', 'فرح'],
  ['Bitar', 'بيطار'],
  ['Sayegh', 'صايغ'],
  ['Kassab', 'قصاب'],
  ['Atallah', 'عطالله'],
  ['Shaheen', 'شاهين'],
  ['Daher', 'ضاهر'],
  ['Salameh', 'سلامة'],
  ['Maalouf', 'معلوف'],
  ['Touma', 'توما'],
  ['Bishara', 'بشارة'],
  ['Rizk', 'رزق'],
  ['Hourani', 'حوراني'],
  ['Khatib', 'خطيب'],
  ['Moussa', 'موسى'],
  ['Azzam', 'عزام'],
]);

/** Every name pool; each country weighs these by id below. */
export const NAME_POOLS: readonly NamePool[] = [
  { id: 'gulf', culture: 'arab-gulf', given: GULF_GIVEN, family: GULF_FAMILY },
  { id: 'levant', culture: 'arab-levant', given: LEVANT_GIVEN, family: LEVANT_FAMILY },
  {
    id: 'indian',
    culture: 'south-asian',
    given: latin(
      'Aarav, Arjun, Rohan, Vikram, Rahul, Aditya, Karthik, Siddharth, Pranav, Nikhil, Rajesh, Suresh, ' +
        'Vivek, Aniket, Harsh, Ishaan, Kunal, Manish, Sanjay, Varun, Abhishek, Deepak, Gaurav, Arvind, ' +
        'Ravi, Sunil, Akash, Vishal, Sandeep, Priya, Ananya, Kavya, Divya, Pooja, Neha, Shreya, Sneha, ' +
        'Aditi, Meera, Lakshmi, Nandini, Riya, Tanvi, Isha, Anjali, Deepika, Swati, Shilpa, Harpreet, ' +
        'Aishwarya, Keerthana, Ramya',
    ),
    family: latin(
      'Sharma, Patel, Gupta, Singh, Kumar, Iyer, Nair, Reddy, Rao, Menon, Pillai, Desai, Mehta, Joshi, ' +
        'Kulkarni, Banerjee, Chatterjee, Mukherjee, Das, Bose, Agarwal, Verma, Chopra, Kapoor, Malhotra, ' +
        "Bhat, Krishnan, Subramanian, Venkatesh, Naidu, Shetty, Hegde, Jain, Shah, Fernandes, D'Souza, " +
        'Thomas, Varghese, Chaudhary, Yadav, Mishra, Pandey, Tiwari, Saxena, Bhatia, Gill, Sandhu, Ghosh, ' +
        'Sen, Pathak',
    ),
  },
  {
    id: 'pakistani',
    culture: 'south-asian',
    given: latin(
      'Hassan, Usman, Bilal, Hamza, Zain, Fahad, Imran, Faizan, Saad, Waqas, Asad, Danish, Haris, Talha, ' +
        'Ayesha, Fatima, Zainab, Sana, Hira, Maryam, Mahnoor, Amna, Iqra, Sadia, Nida, Rabia',
    ),
    family: latin(
      'Khan, Qureshi, Siddiqui, Ansari, Sheikh, Malik, Chaudhry, Butt, Raza, Hussain, Mirza, Abbasi, ' +
        'Awan, Javed, Iqbal, Akhtar, Rehman, Baig, Hashmi, Zaidi',
    ),
  },
  {
    id: 'anglo',
    culture: 'anglo',
    given: latin(
      'James, Oliver, William, Jack, Harry, George, Thomas, Daniel, Matthew, Michael, David, Ryan, ' +
        'Ethan, Liam, Noah, Benjamin, Samuel, Christopher, Andrew, Joshua, Nathan, Connor, Patrick, Sean, ' +
        'Aidan, Emily, Olivia, Sophie, Charlotte, Amelia, Grace, Hannah, Jessica, Emma, Chloe, Lucy, ' +
        'Megan, Sarah, Rachel, Rebecca, Katherine, Lauren, Madison, Abigail, Ella, Zoe, Isla, Freya, Ava, ' +
        'Niamh, Siobhan',
    ),
    family: latin(
      'Smith, Johnson, Williams, Brown, Jones, Taylor, Davies, Wilson, Evans, Roberts, Walker, Wright, ' +
        'Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, ' +
        'Clarke, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, Harrison, Morgan, ' +
        "Murphy, Kelly, O'Brien, Byrne, Walsh, O'Connor, McCarthy, Campbell, Stewart, Anderson, Miller, " +
        'Mitchell, Bennett, Carter, Collins',
    ),
  },
  {
    id: 'german',
    culture: 'western-european',
    given: latin(
      'Lukas, Leon, Jonas, Felix, Maximilian, Paul, Finn, Niklas, Tobias, Florian, Sebastian, Stefan, ' +
        'Moritz, Jan, Matthias, Anna, Lena, Laura, Julia, Marie, Lisa, Katharina, Johanna, Mia, Hannah, ' +
        'Clara, Franziska, Lea',
    ),
    family: latin(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, ' +
        'Richter, Klein, Wolf, Schröder, Neumann, Braun, Zimmermann, Krüger, Hartmann, Lange, Werner, ' +
        'Krause, Lehmann, Köhler',
    ),
  },
  {
    id: 'dutch',
    culture: 'western-european',
    given: latin(
      'Daan, Sem, Bram, Thijs, Ruben, Lars, Pieter, Jeroen, Joost, Sander, Niels, Wouter, Sanne, Fleur, ' +
        'Lotte, Anouk, Femke, Eva, Iris, Noor, Lieke, Floor, Marloes, Esther',
    ),
    family: latin(
      'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, ' +
        'de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, ' +
        'van der Meer, Kok',
    ),
  },
  {
    id: 'french',
    culture: 'western-european',
    given: latin(
      'Julien, Antoine, Mathieu, Hugo, Louis, Théo, Nicolas, Clément, Maxime, Guillaume, Romain, ' +
        'Quentin, Baptiste, Léa, Manon, Camille, Chloé, Inès, Juliette, Élise, Margaux, Océane, Pauline, ' +
        'Mathilde, Claire, Émilie',
    ),
    family: latin(
      'Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, ' +
        'Michel, Garnier, Fontaine, Rousseau, Girard, Lambert, Bonnet, Mercier, Faure, Blanc, Chevalier, ' +
        'Gauthier, Roux',
    ),
  },
  {
    id: 'spanish',
    culture: 'southern-european',
    given: latin(
      'Alejandro, Pablo, Javier, Carlos, Miguel, Sergio, Diego, Álvaro, Adrián, Daniel, Jorge, Raúl, ' +
        'Iván, Lucía, María, Carmen, Elena, Sofía, Paula, Marta, Irene, Laura, Cristina, Nuria, Alba, ' +
        'Andrea, Beatriz',
    ),
    family: latin(
      'García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, ' +
        'Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Vázquez, ' +
        'Ramos, Gil, Serrano',
    ),
  },
  {
    id: 'italian',
    culture: 'southern-european',
    given: latin(
      'Marco, Luca, Matteo, Lorenzo, Alessandro, Giovanni, Francesco, Davide, Simone, Federico, ' +
        'Riccardo, Giulia, Chiara, Francesca, Alessia, Martina, Valentina, Sara, Elisa, Giorgia, Federica, ' +
        'Silvia, Beatrice',
    ),
    family: latin(
      'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, ' +
        'Conti, De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, ' +
        'Mariani, Rinaldi',
    ),
  },
  {
    id: 'chinese',
    culture: 'east-asian',
    given: latin(
      'Wei, Jie, Hao, Yang, Lei, Jun, Ming, Xin, Yu, Hui, Ling, Mei, Xiaoyu, Yichen, Zihan, Haoran, ' +
        'Yuxuan, Jiahui, Xinyi, Tingting, Yiming, Zhiwei, Qian, Fang, Yan',
    ),
    family: latin(
      'Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, ' +
        'Luo, Tan, Lim, Ng, Lee, Goh',
    ),
  },
  {
    id: 'japanese',
    culture: 'east-asian',
    given: latin(
      'Haruto, Yuto, Sota, Ren, Hiroshi, Takeshi, Kenji, Daiki, Kaito, Yuki, Sakura, Aoi, Hina, Yui, ' +
        'Haruka, Misaki, Naoko, Akiko',
    ),
    family: latin(
      'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, ' +
        'Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi',
    ),
  },
  {
    id: 'korean',
    culture: 'east-asian',
    given: latin(
      'Min-jun, Seo-yeon, Ji-woo, Ha-eun, Do-yun, Ji-ho, Seo-jun, Su-bin, Hyun-woo, Ji-hoon, Ye-jin, ' +
        'Eun-ji, Min-seo, Jae-won, Soo-ah',
    ),
    family: latin('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Han, Oh, Seo, Shin, Kwon, Song'),
  },
  {
    id: 'nigerian',
    culture: 'african',
    given: latin(
      'Chinedu, Emeka, Oluwaseun, Tunde, Adebayo, Chukwuemeka, Ifeanyi, Obinna, Babajide, Femi, Kelechi, ' +
        'Segun, Chiamaka, Ngozi, Adaeze, Funmilayo, Folake, Amaka, Yetunde, Temitope, Ifeoma, Bukola, ' +
        'Nneka, Damilola',
    ),
    family: latin(
      'Okafor, Adeyemi, Okonkwo, Eze, Oladipo, Nwosu, Balogun, Ogunleye, Chukwu, Afolabi, Okoro, Obi, ' +
        'Ibrahim, Bello, Adeleke, Nwachukwu, Onyeka, Ogundipe, Akinola, Olawale, Adewale, Okeke',
    ),
  },
  {
    id: 'kenyan',
    culture: 'african',
    given: latin(
      'Brian, Kevin, Dennis, Collins, Victor, Felix, Ian, Kelvin, Mercy, Faith, Grace, Caroline, Esther, ' +
        'Wanjiku, Achieng, Njeri, Akinyi, Wairimu',
    ),
    family: latin(
      'Otieno, Odhiambo, Kamau, Mwangi, Njoroge, Kiprono, Ochieng, Mutua, Wambua, Kariuki, Omondi, ' +
        'Chebet, Kimani, Onyango, Muthoni, Koech',
    ),
  },
  {
    id: 'hispanic',
    culture: 'latin-american',
    given: latin(
      'José, Juan, Luis, Carlos, Andrés, Santiago, Sebastián, Mateo, Diego, Felipe, Gabriel, Ricardo, ' +
        'Fernando, Alejandro, Valentina, Camila, Daniela, Mariana, Isabella, Gabriela, Natalia, Fernanda, ' +
        'Paola, Ximena, Catalina',
    ),
    family: latin(
      'Hernández, García, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Flores, Torres, ' +
        'Rivera, Gómez, Díaz, Vargas, Castro, Ortiz, Morales, Reyes, Gutiérrez, Mendoza, Rojas, Cruz, ' +
        'Herrera, Aguilar',
    ),
  },
  {
    id: 'brazilian',
    culture: 'latin-american',
    given: latin(
      'João, Pedro, Lucas, Gabriel, Rafael, Gustavo, Felipe, Thiago, Bruno, Leonardo, Matheus, Ana, ' +
        'Beatriz, Larissa, Juliana, Camila, Fernanda, Letícia, Mariana, Amanda, Bruna, Carolina',
    ),
    family: latin(
      'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, ' +
        'Martins, Carvalho, Almeida, Lopes, Barbosa, Araújo, Melo, Cardoso',
    ),
  },
];

// Residents, not nationals: Gulf tech workforces are mostly expatriates, so UAE and Qatar weigh
// South Asian and Levantine names about as much as Gulf Arab ones; Saudi Arabia is more national.
const COUNTRY_POOL_WEIGHTS: Readonly<Record<CountryCode, string>> = {
  AE:
    'gulf:22, levant:20, indian:26, pakistani:8, anglo:8, french:2, german:2, ' +
    'spanish:1, italian:1, chinese:3, nigerian:2, kenyan:2, hispanic:1, brazilian:1, korean:1',
  SA:
    'gulf:48, levant:16, indian:14, pakistani:8, anglo:6, ' +
    'french:1, german:1, chinese:2, nigerian:2, kenyan:1, hispanic:1',
  QA:
    'gulf:24, levant:20, indian:24, pakistani:8, anglo:8, french:2, ' +
    'german:2, spanish:2, chinese:3, nigerian:2, kenyan:2, brazilian:1, korean:2',
  JO: 'levant:88, gulf:4, indian:2, anglo:3, german:1, french:1, chinese:1',
  IN: 'indian:94, pakistani:1, anglo:2, chinese:1, german:1, levant:1',
  PK: 'pakistani:95, indian:2, gulf:1, anglo:2',
  US:
    'anglo:52, indian:14, chinese:9, hispanic:8, korean:3, japanese:2, german:2, ' +
    'italian:2, french:1, levant:2, nigerian:2, pakistani:1, brazilian:1, spanish:1',
  CA:
    'anglo:46, french:14, indian:14, chinese:10, korean:2, levant:3, ' +
    'pakistani:3, italian:2, nigerian:2, hispanic:2, japanese:1, german:1',
  GB:
    'anglo:62, indian:10, pakistani:4, chinese:4, nigerian:4, italian:2, spanish:2, french:2, ' +
    'german:2, levant:2, kenyan:1, brazilian:1, korean:1, japanese:1, dutch:1, gulf:1',
  IE:
    'anglo:74, indian:7, chinese:3, brazilian:3, spanish:2, italian:2, ' +
    'french:2, german:2, nigerian:2, dutch:1, pakistani:1, levant:1',
  DE:
    'german:70, indian:6, italian:3, spanish:3, french:2, dutch:2, ' +
    'chinese:3, levant:4, anglo:3, korean:1, brazilian:1, hispanic:1, nigerian:1',
  FR:
    'french:76, levant:5, italian:3, spanish:3, german:2, ' +
    'indian:3, chinese:3, anglo:2, nigerian:1, brazilian:1, korean:1',
  NL:
    'dutch:66, german:5, indian:8, anglo:4, italian:3, spanish:3, ' +
    'french:2, chinese:3, levant:2, brazilian:2, hispanic:1, korean:1',
  ES:
    'spanish:76, hispanic:8, italian:3, french:2, german:2, ' +
    'anglo:2, brazilian:2, indian:2, levant:1, chinese:1, dutch:1',
  SG:
    'chinese:66, indian:14, anglo:6, japanese:3, korean:3, ' +
    'german:2, french:2, dutch:1, levant:1, pakistani:1, spanish:1',
  NG: 'nigerian:94, kenyan:2, anglo:2, indian:1, levant:1',
  KE: 'kenyan:90, nigerian:3, indian:4, anglo:2, pakistani:1',
  BR: 'brazilian:86, hispanic:5, italian:3, japanese:2, spanish:1, german:1, anglo:1, levant:1',
};

const poolById = new Map(NAME_POOLS.map((pool) => [pool.id, pool]));

function poolTable(spec: string): WeightedTable<NamePool> {
  // 'gulf:22, levant:20' keeps the table above readable; unknown ids fail at module load.
  return weightedTable(
    spec.split(',').map((part): readonly [NamePool, number] => {
      const [id = '', weight = ''] = part.trim().split(':');
      const pool = poolById.get(id);
      if (pool === undefined) throw new Error(`Unknown name pool ${id}`);
      return [pool, Number(weight)];
    }),
  );
}

const poolTables = new Map<CountryCode, WeightedTable<NamePool>>(
  (Object.entries(COUNTRY_POOL_WEIGHTS) as [CountryCode, string][]).map(([code, spec]) => [
    code,
    poolTable(spec),
  ]),
);

function poolTableFor(country: CountryCode): WeightedTable<NamePool> {
  const table = poolTables.get(country);
  if (table === undefined) throw new RangeError(`No name pools for ${country}`);
  return table;
}

/** A person's name as drawn for a country. */
export interface DrawnName {
  readonly culture: Culture;
  readonly given: PersonName;
  readonly family: PersonName;
}

/** Draws a plausible name for a resident of the country. */
export function drawName(rng: Rng, country: CountryCode): DrawnName {
  const pool = rng.weighted(poolTableFor(country));
  return { culture: pool.culture, given: rng.pick(pool.given), family: rng.pick(pool.family) };
}

/** The share of each culture among a country's residents, as the generator draws them (sums to 1). */
export function cultureShares(country: CountryCode): Partial<Record<Culture, number>> {
  const table = poolTableFor(country);
  const shares: Partial<Record<Culture, number>> = {};
  let previous = 0;
  table.items.forEach((pool, i) => {
    const cumulative = table.cumulative[i] ?? previous;
    shares[pool.culture] = (shares[pool.culture] ?? 0) + (cumulative - previous) / table.total;
    previous = cumulative;
  });
  return shares;
}
