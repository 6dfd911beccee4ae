"""The vocabulary behind chatgen_core.glossary: what image requests are made of, hand-written.

TABLE has one row per English sense, its cells in COLUMNS order. In a cell "/" separates
alternative forms, "-" marks a gap and a trailing "*" marks a plural form. Lines starting "@n",
"@a", "@v", "@p", "@q" and "@x" open sections of nouns, adjectives, verbs, adpositions,
quantities and the rest: the section decides plurals and the few word-order fixes. When two rows
share a form the earlier one wins, so the commoner sense in an image request comes first.
Cells hold dictionary forms (masculine singular, infinitive or the forms a request uses); RULES
map the regular inflections back onto them.

EXTRAS holds each language's grammar and request words ("key=english; ..."): an empty English
drops the word, "^" marks a 的/の-like link and "|" a 在-like boundary.
"""

COLUMNS = ("en", "zh", "ja", "ko", "es", "fr", "de", "it", "pt", "ru")

TABLE = """
@n people
person | 人/人物 | 人/人物 | 사람/인물 | persona | personne | Person/Mensch | persona | pessoa | человек
people | 人们/众人 | 人々/人たち | 사람들 | gente | gens | Leute/Menschen* | gente | gente/pessoas* | люди
man | 男人/男子/男性 | 男/男性/男の人 | 남자/남성 | hombre | homme | Mann/Männer* | uomo/uomini* | homem/homens* | мужчина
woman | 女人/女子/女性/妇女 | 女/女性/女の人 | 여자/여성 | mujer | femme | Frau | donna | mulher | женщина
boy | 男孩/少年/小男孩 | 少年/男の子 | 소년/남자아이 | chico/muchacho | garçon | Junge | ragazzo | menino/garoto/rapaz | мальчик/парень
girl | 女孩/少女/小女孩/姑娘 | 少女/女の子/娘 | 소녀/여자아이 | niña/chica/muchacha | fille/fillette/jeune fille | Mädchen | ragazza/bambina | menina/garota/moça | девочка/девушка
child | 孩子/儿童/小孩/孩童 | 子供/子ども/こども/児童 | 아이/어린이 | niño/infante | enfant | Kind/Kinder* | bambino | criança | ребёнок/дети*
baby | 婴儿/宝宝 | 赤ちゃん/赤ん坊 | 아기 | bebé | bébé | Baby | neonato/bebè | bebê/bebé | младенец/малыш
old man | 老人/老爷爷/老头 | 老人/おじいさん | 노인 | anciano | vieillard/vieil homme | alter Mann/Greis | anziano | idoso | старик
old woman | 老奶奶/老妇人/老太太 | おばあさん/老婆 | 노파 | anciana | vieille femme/vieille dame | alte Frau | anziana | idosa | старушка
grandmother | 奶奶/外婆/祖母 | 祖母/おばあちゃん | 할머니 | abuela | grand-mère/mamie | Großmutter/Oma | nonna | avó/vovó | бабушка
grandfather | 爷爷/外公/祖父 | 祖父/おじいちゃん | 할아버지 | abuelo | grand-père/papi | Großvater/Opa | nonno | avô/vovô | дедушка/дед
family | 家庭/一家人/家人 | 家族 | 가족 | familia | famille | Familie | famiglia | família | семья
mother | 母亲/妈妈 | 母/お母さん/母親 | 어머니/엄마 | madre/mamá | mère/maman | Mutter | madre/mamma | mãe | мать/мама
father | 父亲/爸爸 | 父/お父さん/父親 | 아버지/아빠 | padre/papá | père/papa | Vater | padre/papà | pai | отец/папа
friend | 朋友 | 友達/友人 | 친구 | amigo | ami | Freund | amico | amigo | друг
couple | 情侣/夫妻/恋人 | カップル/恋人 | 커플/연인 | pareja | couple | Paar/Liebespaar | coppia | casal | пара
bride | 新娘 | 花嫁 | 신부 | novia | mariée | Braut | sposa | noiva | невеста
king | 国王/王 | 王/国王/王様 | 왕/국왕 | rey | roi | König | re | rei | король/царь
queen | 女王/王后 | 女王/王妃 | 여왕/왕비 | reina | reine | Königin | regina | rainha | королева/царица
prince | 王子 | 王子 | 왕자 | príncipe | prince | Prinz | principe | príncipe | принц
princess | 公主 | 姫/お姫様/王女 | 공주 | princesa | princesse | Prinzessin | principessa | princesa | принцесса
emperor | 皇帝 | 皇帝/天皇 | 황제 | emperador | empereur | Kaiser | imperatore | imperador | император
knight | 骑士 | 騎士/ナイト | 기사 | caballero | chevalier | Ritter | cavaliere | cavaleiro | рыцарь
warrior | 战士/勇士/武士 | 戦士/武者 | 전사 | guerrero | guerrier | Krieger | guerriero | guerreiro | воин
soldier | 士兵/军人 | 兵士/兵隊 | 군인/병사 | soldado | soldat | Soldat | soldato | soldado | солдат
samurai | 日本武士/侍 | 侍/サムライ/武士 | 사무라이 | samurái | samouraï | Samurai | samurai | samurai | самурай
ninja | 忍者 | 忍者/忍び/ニンジャ | 닌자 | ninja | ninja | Ninja | ninja | ninja | ниндзя
wizard | 巫师/法师/魔法师 | 魔法使い/魔術師/ウィザード | 마법사 | mago/hechicero | magicien/sorcier/mage | Zauberer/Magier | mago/stregone | mago/feiticeiro | волшебник/маг/колдун
witch | 女巫/魔女 | 魔女 | 마녀 | bruja | sorcière | Hexe | strega | bruxa | ведьма
elf | 精灵 | エルフ | 엘프 | elfo | elfe | Elf/Elfe | elfo | elfo | эльф
fairy | 仙女/小仙女/妖精 | 妖精/フェアリー | 요정 | hada | fée | Fee | fata | fada | фея
angel | 天使 | 天使 | 천사 | ángel | ange | Engel | angelo | anjo | ангел
demon | 恶魔/魔鬼/恶鬼 | 悪魔/デーモン/鬼 | 악마 | demonio | démon | Dämon/Teufel | demone/diavolo | demônio/demónio | демон/дьявол
god | 神/神明 | 神/神様 | 신 | dios | dieu | Gott | dio | deus | бог
goddess | 女神 | 女神 | 여신 | diosa | déesse | Göttin | dea | deusa | богиня
spirit | 灵/神灵 | 精霊/霊 | 정령 | espíritu | esprit | Geist | spirito | espírito | дух
vampire | 吸血鬼 | 吸血鬼/ヴァンパイア | 뱀파이어/흡혈귀 | vampiro | vampire | Vampir | vampiro | vampiro | вампир
werewolf | 狼人 | 狼男/人狼 | 늑대인간 | hombre lobo | loup-garou | Werwolf | lupo mannaro | lobisomem | оборотень
zombie | 僵尸/丧尸 | ゾンビ | 좀비 | zombi/zombie | zombie | Zombie | zombie | zumbi | зомби
ghost | 鬼/幽灵/鬼魂 | 幽霊/お化け/ゴースト | 유령/귀신 | fantasma | fantôme | Gespenst | fantasma | fantasma | призрак/привидение
goblin | 哥布林 | ゴブリン | 고블린 | goblin/duende | gobelin | Kobold/Goblin | goblin | goblin/duende | гоблин
orc | 兽人 | オーク | 오크 | orco | orc | Ork | orco | orc | орк
pirate | 海盗 | 海賊 | 해적 | pirata | pirate | Pirat | pirata | pirata | пират/пиратский
sailor | 水手/水兵 | 船乗り/水兵 | 선원/뱃사람 | marinero | marin | Seemann/Matrose | marinaio | marinheiro | моряк
astronaut | 宇航员/航天员 | 宇宙飛行士 | 우주비행사/우주 비행사 | astronauta | astronaute | Astronaut | astronauta | astronauta | космонавт/астронавт
scientist | 科学家 | 科学者 | 과학자 | científico | scientifique | Wissenschaftler | scienziato | cientista | учёный
doctor | 医生/大夫 | 医者/医師 | 의사 | médico/doctor | médecin/docteur | Arzt/Ärztin/Doktor | medico/dottore | médico | врач/доктор
nurse | 护士 | 看護師/ナース | 간호사 | enfermera/enfermero | infirmière/infirmier | Krankenschwester/Pfleger | infermiera | enfermeira | медсестра
teacher | 老师/教师 | 先生/教師 | 선생님/교사 | profesor/maestro | professeur/enseignant/maîtresse | Lehrer | insegnante/maestro/professore | professor | учитель
student | 学生 | 学生/生徒 | 학생 | estudiante/alumno | étudiant/élève | Schüler/Student | studente | estudante/aluno | студент/ученик/школьник
schoolgirl | 女学生/女高中生 | 女子高生/女学生 | 여학생/여고생 | colegiala | écolière | Schulmädchen | scolaretta | colegial | школьница
chef | 厨师/大厨 | シェフ/料理人/コック | 요리사/셰프 | chef/cocinero | cuisinier/chef | Koch/Köchin | cuoco/chef | cozinheiro/chef | повар
farmer | 农民/农夫 | 農夫/農民 | 농부 | granjero/agricultor/campesino | fermier/paysan/agriculteur | Bauer/Landwirt | contadino/agricoltore | fazendeiro/agricultor/camponês | фермер/крестьянин
gardener | 园丁/花匠 | 庭師 | 정원사 | jardinero | jardinier | Gärtner | giardiniere | jardineiro | садовник
fisherman | 渔夫/渔民 | 漁師/釣り人 | 어부 | pescador | pêcheur | Fischer | pescatore | pescador | рыбак
hunter | 猎人 | 狩人/ハンター | 사냥꾼 | cazador | chasseur | Jäger | cacciatore | caçador | охотник
detective | 侦探 | 探偵 | 탐정 | detective | détective | Detektiv | detective/investigatore | detetive | детектив/сыщик
police officer | 警察/警官 | 警察官/警官/お巡りさん | 경찰/경찰관 | policía | policier/gendarme | Polizist | poliziotto | policial/polícia | полицейский
firefighter | 消防员 | 消防士 | 소방관 | bombero | pompier | Feuerwehrmann | pompiere | bombeiro | пожарный
musician | 音乐家 | 音楽家/ミュージシャン | 음악가 | músico | musicien | Musiker | musicista | músico | музыкант
singer | 歌手 | 歌手 | 가수 | cantante | chanteur/chanteuse | Sänger | cantante | cantor | певец/певица
dancer | 舞者 | ダンサー/踊り子 | 무용수/댄서 | bailarín/bailarina | danseur/danseuse | Tänzer | ballerino/ballerina | dançarino/bailarina | танцор/танцовщица/балерина
artist | 画家/艺术家 | 画家/芸術家/アーティスト | 화가/예술가 | pintor/artista | peintre/artiste | Maler/Künstler | pittore/artista | pintor/artista | художник
monk | 僧人/和尚 | 僧/僧侶/お坊さん | 스님/승려 | monje | moine | Mönch | monaco | monge | монах
priest | 牧师/神父 | 神父/司祭 | 사제/목사 | sacerdote/cura | prêtre | Priester | prete/sacerdote | padre/sacerdote | священник
maid | 女仆 | メイド | 메이드/하녀 | criada/sirvienta | servante | Dienstmädchen | cameriera | empregada | горничная/служанка
cowboy | 牛仔 | カウボーイ | 카우보이 | vaquero | cow-boy | Cowboy | cowboy | vaqueiro/caubói | ковбой
robot | 机器人 | ロボット | 로봇 | robot | robot | Roboter | robot | robô/robot | робот
android | 仿生人/人造人 | アンドロイド/人造人間 | 안드로이드 | androide | androïde | Androide | androide | androide | андроид
cyborg | 赛博格/改造人 | サイボーグ | 사이보그 | cíborg | cyborg | Cyborg | cyborg | ciborgue | киборг
mecha | 机甲 | メカ | 메카 | mecha | mecha | Mecha | mecha | mecha | мех
alien | 外星人 | 宇宙人/エイリアン | 외계인 | extraterrestre/alienígena | extraterrestre | Außerirdischer/Alien | alieno | alienígena | инопланетянин/пришелец
monster | 怪物/怪兽 | 怪物/怪獣/モンスター | 괴물 | monstruo | monstre | Monster/Ungeheuer | mostro | monstro | монстр/чудовище
giant | 巨人 | 巨人 | 거인 | gigante | géant | Riese | gigante | gigante | великан/гигант
dwarf | 矮人 | ドワーフ/小人 | 드워프/난쟁이 | enano | nain | Zwerg | nano | anão | гном/карлик
mermaid | 美人鱼/人鱼 | 人魚/マーメイド | 인어 | sirena | sirène | Meerjungfrau | sirena | sereia | русалка
hero | 英雄/侠/大侠 | 英雄/ヒーロー/勇者 | 영웅 | héroe | héros | Held | eroe | herói | герой
traveler | 旅人/旅行者 | 旅人/旅行者 | 여행자/나그네 | viajero | voyageur | Reisender | viaggiatore | viajante | путешественник/странник
explorer | 探险家 | 探検家 | 탐험가 | explorador | explorateur | Entdecker/Forscher | esploratore | explorador | исследователь
merchant | 商人 | 商人 | 상인 | comerciante/mercader | marchand | Händler/Kaufmann | mercante | comerciante/mercador | торговец/купец
thief | 小偷/盗贼 | 泥棒/盗賊 | 도둑 | ladrón | voleur | Dieb | ladro | ladrão | вор
archer | 弓箭手 | 弓兵/アーチャー | 궁수 | arquero | archer | Bogenschütze | arciere | arqueiro | лучник
assassin | 刺客 | 暗殺者/アサシン | 암살자 | asesino | assassin | Attentäter/Assassine | assassino | assassino | убийца/ассасин
shepherd | 牧羊人 | 羊飼い | 양치기 | pastor | berger | Hirte/Schäfer | pastore | pastor | пастух
athlete | 运动员 | 選手/アスリート | 운동선수 | atleta | athlète | Sportler/Athlet | atleta | atleta | спортсмен
office worker | 上班族 | 会社員/サラリーマン | 회사원 | oficinista | employé de bureau | Büroangestellter | impiegato | funcionário | офисный работник/клерк
character | 角色/人物 | キャラクター/キャラ | 캐릭터 | personaje | personnage | Figur/Charakter | personaggio | personagem | персонаж
crowd | 人群/人潮 | 群衆/人混み | 군중 | multitud/muchedumbre | foule | Menschenmenge/Menge | folla | multidão | толпа
cat girl | 猫娘/猫女 | 猫娘/猫耳娘 | 캣걸 | chica gato | fille-chat | Katzenmädchen | ragazza gatto | garota gato | кошкодевочка
army | 军队 | 軍隊/軍 | 군대 | ejército | armée | Armee/Heer | esercito | exército | армия
idol | 偶像 | アイドル | 아이돌 | ídolo | idole | Idol | idolo | ídolo | айдол/кумир
clown | 小丑 | ピエロ/道化師 | 광대/피에로 | payaso | clown | Clown | pagliaccio | palhaço | клоун
photographer | 摄影师 | 写真家/カメラマン | 사진작가 | fotógrafo | photographe | Fotograf | fotografo | fotógrafo | фотограф
pilot | 飞行员 | パイロット | 조종사/비행사 | piloto | pilote | Pilot | pilota | piloto | пилот/лётчик
sister | 姐姐/妹妹/姐妹 | 姉/妹/姉妹 | 언니/누나/여동생/자매 | hermana | sœur | Schwester | sorella | irmã | сестра
brother | 哥哥/弟弟/兄弟 | 兄/弟/兄弟 | 형/오빠/남동생/형제 | hermano | frère | Bruder | fratello | irmão | брат
@n body and clothing
helmet | 头盔 | ヘルメット/兜 | 헬멧/투구 | casco | casque de combat/heaume | Helm | elmo | capacete | шлем
robe | 长袍 | ローブ/法衣 | 로브/가운 | túnica/bata | robe longue/toge | Robe/Gewand | tunica/veste | túnica/manto | мантия/балахон
gloves | 手套 | 手袋/グローブ | 장갑 | guante | gant | Handschuh | guanto | luva | перчатки
earrings | 耳环 | イヤリング/ピアス | 귀걸이 | pendiente/arete | boucle d'oreille | Ohrring | orecchino | brinco | серьги
bracelet | 手镯/手链 | ブレスレット/腕輪 | 팔찌 | pulsera | bracelet | Armband | braccialetto | pulseira | браслет
muscles | 肌肉 | 筋肉 | 근육 | músculos | muscles | Muskeln | muscoli | músculos | мускулы/мышцы
face | 脸/面孔/脸庞 | 顔 | 얼굴 | cara/rostro | visage | Gesicht | viso/volto | rosto/cara | лицо
eye | 眼睛/眼/眼眸 | 目/瞳 | 눈동자 | ojo | œil/yeux* | Auge | occhio/occhi* | olho | глаз/глаза*
hair | 头发/发/秀发 | 髪/髪の毛 | 머리카락/머리 | pelo/cabello | cheveux/chevelure | Haar/Haare* | capelli | cabelo | волосы/волос
long hair | 长发 | 長髪/ロングヘア | 긴 머리/장발 | pelo largo/cabello largo | cheveux longs | lange Haare | capelli lunghi | cabelo longo/cabelos longos | длинные волосы
short hair | 短发 | 短髪/ショートヘア | 짧은 머리/단발 | pelo corto/cabello corto | cheveux courts | kurze Haare | capelli corti | cabelo curto | короткие волосы
ponytail | 马尾/马尾辫 | ポニーテール | 포니테일 | coleta/cola de caballo | queue de cheval | Pferdeschwanz | coda di cavallo | rabo de cavalo | хвостик
hand | 手 | 手 | 손 | mano | main | Hand | mano | mão | рука
head | 头/头部 | 頭 | 머리통 | cabeza | tête | Kopf | testa | cabeça | голова
smile | 微笑/笑容 | 笑顔/微笑み | 미소 | sonrisa | sourire | Lächeln | sorriso | sorriso | улыбка
tear | 眼泪/泪水/泪 | 涙 | 눈물 | lágrima | larme | Träne | lacrima | lágrima | слеза/слёзы*
blood | 血/鲜血 | 血 | 피 | sangre | sang | Blut | sangue | sangue | кровь
beard | 胡子/胡须 | 髭/ひげ | 수염 | barba | barbe | Bart | barba | barba | борода
wing | 翅膀/羽翼 | 翼/羽 | 날개 | ala | aile | Flügel | ala | asa | крыло/крылья*
feather | 羽毛 | 羽根 | 깃털 | pluma | plume | Feder | piuma | pena/pluma | перо/перья*
tail | 尾巴 | 尻尾/しっぽ | 꼬리 | cola | queue | Schwanz | coda | cauda/rabo | хвост
horn | 角 | 角 | 뿔 | cuerno | corne | Horn/Hörner* | corno/corna* | chifre | рог/рога*
ear | 耳朵 | 耳 | 귀 | oreja | oreille | Ohr | orecchio | orelha | ухо/уши*
cat ears | 猫耳 | 猫耳/ネコミミ | 고양이 귀 | orejas de gato | oreilles de chat | Katzenohren | orecchie da gatto | orelhas de gato | кошачьи уши
skin | 皮肤 | 肌 | 피부 | piel | peau | Haut | pelle | pele | кожа
heart | 心/爱心 | ハート/心 | 하트/마음 | corazón | cœur | Herz | cuore | coração | сердце
glasses | 眼镜 | 眼鏡/メガネ | 안경 | gafas/lentes | lunettes | Brille | occhiali | óculos | очки
hat | 帽子 | 帽子 | 모자 | sombrero/gorro | chapeau | Hut | cappello | chapéu | шляпа/шапка
dress | 连衣裙/裙子/长裙 | ドレス/ワンピース | 드레스/원피스 | vestido | robe | Kleid | vestito/abito | vestido | платье
skirt | 短裙/半身裙 | スカート | 치마/스커트 | falda | jupe | Rock | gonna | saia | юбка
kimono | 和服 | 着物/和服 | 기모노 | kimono | kimono | Kimono | kimono | quimono | кимоно
hanfu | 汉服 | 漢服 | 한푸 | hanfu | hanfu | Hanfu | hanfu | hanfu | ханьфу
suit | 西装/西服 | スーツ | 정장/양복 | traje | costume | Anzug | completo | terno | костюм
school uniform | 校服 | 学生服/セーラー服 | 교복 | uniforme escolar | uniforme scolaire | Schuluniform | divisa scolastica | uniforme escolar | школьная форма
uniform | 制服 | 制服 | 제복 | uniforme | uniforme | Uniform | uniforme/divisa | uniforme | форма/мундир
armor | 盔甲/铠甲 | 鎧/甲冑/アーマー | 갑옷 | armadura | armure | Rüstung | armatura | armadura | доспехи/броня
cloak | 斗篷/披风 | マント | 망토 | capa | cape | Umhang | mantello | capa/manto | плащ
coat | 外套/大衣/风衣 | コート | 코트 | abrigo | manteau | Mantel | cappotto | casaco | пальто
jacket | 夹克 | ジャケット | 재킷 | chaqueta | veste/blouson | Jacke | giacca | jaqueta | куртка
hoodie | 卫衣/连帽衫 | パーカー | 후드티 | sudadera | sweat à capuche | Kapuzenpullover/Hoodie | felpa | moletom | худи/толстовка
sweater | 毛衣 | セーター | 스웨터 | suéter/jersey | pull | Pullover | maglione | suéter | свитер
scarf | 围巾 | マフラー/スカーフ | 목도리/스카프 | bufanda | écharpe | Schal | sciarpa | cachecol | шарф
crown | 王冠/皇冠 | 王冠/冠 | 왕관 | corona | couronne | Krone | corona | coroa | корона
mask | 面具 | 仮面/マスク/お面/面 | 가면 | máscara | masque | Maske | maschera | máscara | маска
boots | 靴子 | ブーツ | 부츠 | bota | botte | Stiefel | stivale | bota | сапог
shoes | 鞋/鞋子 | 靴 | 신발 | zapato | chaussure | Schuh | scarpa | sapato | туфли/ботинки/обувь
necklace | 项链 | ネックレス/首飾り | 목걸이 | collar | collier | Halskette/Kette | collana | colar | ожерелье
ring | 戒指 | 指輪 | 반지 | anillo | bague/anneau | Ring | anello | anel | кольцо
ribbon | 丝带/蝴蝶结 | リボン | 리본 | lazo/cinta | ruban/nœud | Schleife/Band | fiocco/nastro | laço/fita | бант/лента
backpack | 背包 | リュック/リュックサック | 배낭/백팩 | mochila | sac à dos | Rucksack | zaino | mochila | рюкзак
bag | 包/包包 | 鞄/かばん/バッグ | 가방 | bolso/bolsa | sac | Tasche | borsa | bolsa | сумка
headphones | 耳机 | ヘッドホン | 헤드폰 | auriculares/audífonos | casque | Kopfhörer | cuffie | fones de ouvido | наушники
@n objects
broom | 扫帚/扫把 | 箒/ほうき | 빗자루 | escoba | balai | Besen | scopa | vassoura | метла
atmosphere | 氛围/气氛 | 雰囲気 | 분위기 | ambiente/atmósfera | ambiance/atmosphère | Atmosphäre/Stimmung | atmosfera | atmosfera/ambiente | атмосфера
hanbok | 韩服 | 韓服/チマチョゴリ | 한복 | hanbok | hanbok | Hanbok | hanbok | hanbok | ханбок
umbrella | 伞/雨伞 | 傘/かさ | 우산 | paraguas/sombrilla | parapluie/ombrelle | Regenschirm/Schirm | ombrello | guarda-chuva/sombrinha | зонт/зонтик
sword | 剑/宝剑/刀 | 剣/刀/つるぎ | 검/칼 | espada | épée | Schwert | spada | espada | меч
katana | 武士刀 | 日本刀 | 일본도 | katana | katana | Katana | katana | katana | катана
shield | 盾/盾牌 | 盾 | 방패 | escudo | bouclier | Schild | scudo | escudo | щит
bow | 弓 | 弓 | 활 | arco | arc | Bogen | arco | arco | лук
gun | 枪/手枪 | 銃/拳銃 | 총 | pistola/arma | pistolet/arme | Pistole/Waffe/Gewehr | pistola/arma | arma/pistola | пистолет/ружьё/оружие
staff | 法杖/权杖 | 杖/スタッフ | 지팡이 | bastón/báculo | bâton | Stab | bastone | cajado | посох
wand | 魔杖 | 魔法の杖/ステッキ | 마법 지팡이 | varita | baguette magique | Zauberstab | bacchetta | varinha | волшебная палочка
book | 书/书本/书籍 | 本/書物 | 책 | libro | livre | Buch/Bücher* | libro | livro | книга
paper | 纸 | 紙 | 종이 | papel | papier | Papier | carta | papel | бумага
letter | 信/信件 | 手紙 | 편지 | carta | lettre | Brief | lettera | carta | письмо
map | 地图 | 地図 | 지도 | mapa | carte | Karte | mappa | mapa | карта
lantern | 灯笼/提灯 | 提灯/ランタン/灯籠 | 등불/랜턴/등롱 | farol/linterna | lanterne | Laterne | lanterna | lanterna | фонарь
street lamp | 路灯 | 街灯 | 가로등 | farola | réverbère/lampadaire | Straßenlaterne | lampione | poste de luz | уличный фонарь
candle | 蜡烛 | 蝋燭/ろうそく/キャンドル | 양초/촛불 | vela | bougie/chandelle | Kerze | candela | vela | свеча
flag | 旗/旗帜 | 旗 | 깃발 | bandera | drapeau | Flagge/Fahne | bandiera | bandeira | флаг
clock | 钟/时钟 | 時計 | 시계 | reloj | horloge | Uhr | orologio | relógio | часы
mirror | 镜子 | 鏡 | 거울 | espejo | miroir | Spiegel | specchio | espelho | зеркало
bottle | 瓶子 | 瓶/ボトル | 병 | botella | bouteille | Flasche | bottiglia | garrafa | бутылка
cup | 杯子 | カップ/コップ/茶碗 | 컵/잔 | taza/copa | tasse | Tasse | tazza | xícara/chávena | чашка/кружка
bowl | 碗 | 鉢/どんぶり/ボウル | 그릇 | cuenco/tazón | bol | Schüssel/Schale | ciotola | tigela | миска
chair | 椅子 | 椅子 | 의자 | silla | chaise | Stuhl | sedia | cadeira | стул
table | 桌子/餐桌/桌 | テーブル/机 | 탁자/테이블 | mesa | table | Tisch | tavolo | mesa | стол
desk | 书桌 | デスク | 책상 | escritorio | bureau | Schreibtisch | scrivania | escrivaninha | письменный стол
bed | 床 | ベッド/寝床 | 침대 | cama | lit | Bett | letto | cama | кровать
sofa | 沙发 | ソファ/ソファー | 소파 | sofá | canapé/sofa | Sofa/Couch | divano | sofá | диван
pillow | 枕头/抱枕 | 枕/クッション | 베개/쿠션 | almohada/cojín | oreiller/coussin | Kissen | cuscino | almofada/travesseiro | подушка
blanket | 毯子 | 毛布/ブランケット | 담요 | manta | couverture | Decke | coperta | cobertor/manta | одеяло/плед
fireplace | 壁炉 | 暖炉 | 벽난로 | chimenea | cheminée | Kamin | camino | lareira | камин
window | 窗户/窗 | 窓 | 창문/창 | ventana | fenêtre | Fenster | finestra | janela | окно
door | 门 | 扉/ドア | 문 | puerta | porte | Tür | porta | porta | дверь
stairs | 楼梯/台阶 | 階段 | 계단 | escalera | escalier | Treppe | scala | escada | лестница
wall | 墙/墙壁/城墙 | 壁/塀 | 벽 | pared/muro | mur | Wand/Mauer | muro/parete | parede/muro | стена
roof | 屋顶/房顶/天台 | 屋根/屋上 | 지붕/옥상 | tejado/techo/azotea | toit | Dach | tetto | telhado | крыша
floor | 地板 | 床 | 바닥 | suelo/piso | sol/plancher | Boden | pavimento | chão | пол
curtain | 窗帘 | カーテン | 커튼 | cortina | rideau | Vorhang | tenda | cortina | занавеска/штора
lamp | 灯/台灯 | ランプ/電灯 | 램프/등 | lámpara | lampe | Lampe | lampada | lâmpada | лампа
bookshelf | 书架 | 本棚 | 책장 | estantería/librero | étagère | Bücherregal | scaffale | estante | книжная полка
carpet | 地毯 | 絨毯/カーペット | 카펫/양탄자 | alfombra | tapis | Teppich | tappeto | tapete | ковёр
vase | 花瓶 | 花瓶 | 꽃병 | florero/jarrón | vase | Vase | vaso | vaso | ваза
box | 盒子/箱子 | 箱 | 상자 | caja | boîte | Kiste/Schachtel | scatola | caixa | коробка/ящик
basket | 篮子 | 籠/かご/バスケット | 바구니 | cesta | panier | Korb | cesto/cestino | cesta | корзина
cage | 笼子 | 檻/鳥かご | 새장 | jaula | cage | Käfig | gabbia | gaiola | клетка
ball | 球 | ボール/玉 | 공 | pelota/balón | ballon/balle | Ball | palla | bola | мяч
toy | 玩具 | おもちゃ/玩具 | 장난감 | juguete | jouet | Spielzeug | giocattolo | brinquedo | игрушка
doll | 娃娃/玩偶 | 人形 | 인형 | muñeca | poupée | Puppe | bambola | boneca | кукла
teddy bear | 泰迪熊/毛绒熊 | テディベア | 곰인형/테디베어 | osito de peluche/oso de peluche | ours en peluche/nounours | Teddybär | orsacchiotto | ursinho de pelúcia | плюшевый мишка
balloon | 气球 | 風船 | 풍선 | globo | ballon de baudruche | Luftballon/Ballon | palloncino | balão | воздушный шарик/шарик
kite | 风筝 | 凧 | 연 | cometa | cerf-volant | Flugdrachen | aquilone | pipa/papagaio | воздушный змей
bubble | 泡泡/气泡 | 泡/シャボン玉 | 거품/비눗방울 | burbuja/pompa | bulle | Blase/Seifenblase | bolla | bolha | пузырь
piano | 钢琴 | ピアノ | 피아노 | piano | piano | Klavier | pianoforte/piano | piano | пианино/рояль
guitar | 吉他 | ギター | 기타 | guitarra | guitare | Gitarre | chitarra | guitarra/violão | гитара
violin | 小提琴 | バイオリン/ヴァイオリン | 바이올린 | violín | violon | Geige/Violine | violino | violino | скрипка
drum | 鼓 | 太鼓/ドラム | 북/드럼 | tambor | tambour | Trommel | tamburo | tambor | барабан
camera | 相机/照相机 | カメラ | 카메라 | cámara | appareil photo | Kamera | macchina fotografica/fotocamera | câmera/câmara | фотоаппарат/камера
computer | 电脑/计算机 | コンピューター/パソコン | 컴퓨터 | ordenador/computadora | ordinateur | Computer/Rechner | computer | computador | компьютер
phone | 手机/电话 | 携帯/スマホ/電話 | 휴대폰/전화 | teléfono/móvil/celular | téléphone | Handy/Telefon | telefono/cellulare | telefone/celular | телефон
brush | 画笔/毛笔/刷子 | 筆/ブラシ | 붓 | pincel | pinceau | Pinsel | pennello | pincel | кисть
pencil | 铅笔 | 鉛筆 | 연필 | lápiz | crayon | Bleistift | matita | lápis | карандаш
crystal | 水晶 | 水晶/クリスタル | 수정/크리스탈 | cristal | cristal | Kristall | cristallo | cristal | кристалл
gem | 宝石 | 宝石 | 보석 | gema/joya | gemme/joyau | Edelstein/Juwel | gemma/gioiello | gema/joia | драгоценный камень/самоцвет
diamond | 钻石 | ダイヤモンド/ダイヤ | 다이아몬드 | diamante | diamant | Diamant | diamante | diamante | алмаз/бриллиант
pearl | 珍珠 | 真珠 | 진주 | perla | perle | Perle | perla | pérola | жемчуг/жемчужина
shell | 贝壳 | 貝殻/貝 | 조개껍데기/조개 | concha | coquillage | Muschel | conchiglia | concha | ракушка
treasure | 宝藏/财宝 | 宝/財宝/お宝 | 보물 | tesoro | trésor | Schatz | tesoro | tesouro | сокровище/клад
coin | 硬币/金币 | コイン/硬貨 | 동전 | moneda | pièce | Münze | moneta | moeda | монета
potion | 药水/魔药 | 薬/ポーション | 물약/포션 | poción | potion | Trank | pozione | poção | зелье
throne | 王座/宝座 | 玉座 | 왕좌 | trono | trône | Thron | trono | trono | трон
statue | 雕像/塑像 | 像/彫像 | 조각상/동상 | estatua | statue | Statue | statua | estátua | статуя
fountain | 喷泉 | 噴水 | 분수 | fuente | fontaine | Brunnen | fontana | fonte/chafariz | фонтан
bench | 长椅/长凳 | ベンチ | 벤치 | banco | banc | Bank | panchina | banco | скамейка/лавка
fence | 篱笆/栅栏 | 柵/フェンス | 울타리 | valla/cerca | clôture/barrière | Zaun | recinto/steccato | cerca | забор
bell | 铃铛/铃 | 鐘/鈴/ベル | 종 | campana | cloche | Glocke | campana | sino | колокол
gift | 礼物 | プレゼント/贈り物 | 선물 | regalo | cadeau | Geschenk | regalo | presente | подарок
skull | 头骨/骷髅 | 髑髏/ドクロ | 해골 | calavera/cráneo | crâne | Schädel | teschio | caveira/crânio | череп
skeleton | 骨架/骸骨 | 骸骨/骨格 | 뼈대 | esqueleto | squelette | Skelett | scheletro | esqueleto | скелет
magic circle | 魔法阵 | 魔法陣 | 마법진 | círculo mágico | cercle magique | Zauberkreis | cerchio magico | círculo mágico | магический круг
portal | 传送门 | ポータル/ゲート | 포털/차원문 | portal | portail | Portal | portale | portal | портал
hologram | 全息/全息投影 | ホログラム | 홀로그램 | holograma | hologramme | Hologramm | ologramma | holograma | голограмма
laser | 激光 | レーザー | 레이저 | láser | laser | Laser | laser | laser | лазер
energy | 能量 | エネルギー | 에너지 | energía | énergie | Energie | energia | energia | энергия
explosion | 爆炸 | 爆発 | 폭발 | explosión | explosion | Explosion | esplosione | explosão | взрыв
christmas tree | 圣诞树 | クリスマスツリー | 크리스마스 트리 | árbol de navidad | sapin de noël | Weihnachtsbaum/Tannenbaum | albero di natale | árvore de natal | ёлка/новогодняя ёлка
snowman | 雪人 | 雪だるま | 눈사람 | muñeco de nieve | bonhomme de neige | Schneemann | pupazzo di neve | boneco de neve | снеговик
key | 钥匙 | 鍵 | 열쇠 | llave | clé | Schlüssel | chiave | chave | ключ
rope | 绳子 | 縄/ロープ | 밧줄 | cuerda | corde | Seil | corda | corda | верёвка
chain | 锁链/链条 | 鎖 | 사슬 | cadena | chaîne | Kette | catena | corrente | цепь
ladder | 梯子 | 梯子/はしご | 사다리 | escalera de mano | échelle | Leiter | scala a pioli | escada de mão | лестница-стремянка
axe | 斧头/斧 | 斧 | 도끼 | hacha | hache | Axt | ascia | machado | топор
spear | 长矛/矛 | 槍 | 창 | lanza | lance | Speer/Lanze | lancia | lança | копьё
dagger | 匕首 | 短剣 | 단검 | daga/puñal | dague/poignard | Dolch | pugnale | adaga/punhal | кинжал
arrow | 箭 | 矢 | 화살 | flecha | flèche | Pfeil | freccia | flecha | стрела
telescope | 望远镜 | 望遠鏡 | 망원경 | telescopio | télescope | Teleskop/Fernrohr | telescopio | telescópio | телескоп
television | 电视 | テレビ | 텔레비전/티비 | televisión/televisor | télévision/télé | Fernseher | televisione/televisore | televisão/tv | телевизор
screen | 屏幕 | 画面/スクリーン | 화면/스크린 | pantalla | écran | Bildschirm | schermo | tela/ecrã | экран
chandelier | 吊灯/水晶灯 | シャンデリア | 샹들리에 | candelabro/araña de luces | lustre | Kronleuchter | lampadario | lustre | люстра
flowerpot | 花盆 | 植木鉢 | 화분 | maceta | pot de fleurs | Blumentopf | vaso di fiori | vaso de flores | цветочный горшок
teapot | 茶壶 | 急須/ティーポット | 찻주전자 | tetera | théière | Teekanne | teiera | bule | чайник
plate | 盘子 | 皿 | 접시 | plato | assiette | Teller | piatto | prato | тарелка
spoon | 勺子 | スプーン | 숟가락 | cuchara | cuillère | Löffel | cucchiaio | colher | ложка
knife | 刀子/小刀 | ナイフ/包丁 | 칼날/나이프 | cuchillo | couteau | Messer | coltello | faca | нож
jar | 罐子 | 瓶詰め/ジャー | 단지/항아리 | tarro/frasco | bocal/pot | Glas/Krug | barattolo/vaso | pote/frasco | банка
barrel | 木桶/桶 | 樽 | 통/나무통 | barril | tonneau | Fass | botte | barril | бочка
treasure chest | 宝箱 | 宝箱 | 보물상자 | cofre del tesoro/cofre | coffre au trésor/coffre | Schatztruhe/Truhe | forziere/scrigno | baú do tesouro/baú | сундук
gear | 齿轮 | 歯車 | 톱니바퀴 | engranaje | engrenage/rouage | Zahnrad | ingranaggio | engrenagem | шестерёнка
wheel | 车轮/轮子 | 車輪 | 바퀴 | rueda | roue | Rad | ruota | roda | колесо
microphone | 麦克风/话筒 | マイク | 마이크 | micrófono | micro/microphone | Mikrofon | microfono | microfone | микрофон
suitcase | 行李箱 | スーツケース | 여행가방/캐리어 | maleta | valise | Koffer | valigia | mala | чемодан
ball of yarn | 毛线球 | 毛糸玉 | 털실 뭉치 | ovillo | pelote de laine | Wollknäuel | gomitolo | novelo | клубок
@n animals
dove | 鸽子 | 鳩/ハト | 비둘기 | paloma | colombe/pigeon | Taube | colomba/piccione | pomba | голубь
sparrow | 麻雀 | 雀/スズメ | 참새 | gorrión | moineau | Spatz | passero | pardal | воробей
bull | 公牛 | 雄牛 | 황소 | toro | taureau | Stier | toro | touro | бык
lamb | 小羊/羔羊 | 子羊 | 어린 양 | cordero | agneau | Lamm | agnello | cordeiro | ягнёнок
donkey | 驴 | ロバ | 당나귀 | burro | âne | Esel | asino | burro | осёл
ant | 蚂蚁 | 蟻/アリ | 개미 | hormiga | fourmi | Ameise | formica | formiga | муравей
ladybug | 瓢虫 | テントウムシ | 무당벌레 | mariquita | coccinelle | Marienkäfer | coccinella | joaninha | божья коровка
moth | 飞蛾/蛾 | 蛾 | 나방 | polilla | papillon de nuit | Motte/Nachtfalter | falena | mariposa noturna | мотылёк
seahorse | 海马 | タツノオトシゴ | 해마 | caballito de mar | hippocampe | Seepferdchen | cavalluccio marino | cavalo-marinho | морской конёк
starfish | 海星 | ヒトデ | 불가사리 | estrella de mar | étoile de mer | Seestern | stella marina | estrela-do-mar | морская звезда
corgi | 柯基/柯基犬 | コーギー | 코기 | corgi | corgi | Corgi | corgi | corgi | корги
animal | 动物 | 動物 | 동물 | animal | animal | Tier | animale | animal | животное
pet | 宠物 | ペット | 애완동물/반려동물 | mascota | animal de compagnie | Haustier | animale domestico | animal de estimação | питомец
cat | 猫/猫咪 | 猫/ねこ/ネコ | 고양이 | gato | chat | Katze/Kater | gatto | gato | кошка/кот
kitten | 小猫/幼猫/小猫咪 | 子猫/こねこ | 새끼 고양이/아기 고양이 | gatito | chaton | Kätzchen | gattino | gatinho | котёнок/котята*
dog | 狗/狗狗/犬 | 犬/いぬ/イヌ | 개 | perro | chien | Hund | cane | cachorro/cão | собака/пёс
puppy | 小狗/幼犬 | 子犬/仔犬 | 강아지 | cachorro/perrito | chiot | Welpe/Hündchen | cucciolo | filhote | щенок
wolf | 狼 | 狼/オオカミ | 늑대 | lobo | loup | Wolf | lupo | lobo | волк
fox | 狐狸 | 狐/キツネ/きつね | 여우 | zorro | renard | Fuchs | volpe | raposa | лиса/лис
nine-tailed fox | 九尾狐 | 九尾の狐/九尾 | 구미호 | - | - | - | - | - | -
bear | 熊 | 熊/クマ/くま | 곰 | oso | ours | Bär | orso | urso | медведь
polar bear | 北极熊 | 白熊/シロクマ/ホッキョクグマ | 북극곰 | oso polar | ours polaire/ours blanc | Eisbär | orso polare | urso polar | белый медведь
panda | 熊猫/大熊猫 | パンダ | 판다 | panda | panda | Panda | panda | panda | панда
rabbit | 兔子/兔/小兔子 | 兎/うさぎ/ウサギ | 토끼 | conejo | lapin | Hase/Kaninchen | coniglio | coelho | кролик/заяц
mouse | 老鼠/鼠 | 鼠/ねずみ/ネズミ | 쥐 | ratón | souris | Maus | topo | rato | мышь/мышка
squirrel | 松鼠 | 栗鼠/リス | 다람쥐 | ardilla | écureuil | Eichhörnchen | scoiattolo | esquilo | белка
deer | 鹿 | 鹿/シカ | 사슴 | ciervo/venado | cerf/biche | Hirsch/Reh | cervo | veado/cervo | олень
horse | 马 | 馬/うま | 말 | caballo | cheval/chevaux* | Pferd | cavallo | cavalo | лошадь/конь
unicorn | 独角兽 | ユニコーン/一角獣 | 유니콘 | unicornio | licorne | Einhorn | unicorno | unicórnio | единорог
cow | 牛/奶牛 | 牛 | 소/젖소 | vaca | vache | Kuh | mucca | vaca | корова
pig | 猪/小猪 | 豚/ぶた | 돼지 | cerdo/cerdito | cochon | Schwein | maiale | porco | свинья
sheep | 羊/绵羊 | 羊/ひつじ | 양 | oveja | mouton | Schaf | pecora | ovelha | овца
goat | 山羊 | 山羊/ヤギ | 염소 | cabra | chèvre | Ziege | capra | cabra | коза
alpaca | 羊驼 | アルパカ | 알파카 | alpaca | alpaga | Alpaka | alpaca | alpaca | альпака
capybara | 水豚 | カピバラ | 카피바라 | capibara | capybara | Capybara/Wasserschwein | capibara | capivara | капибара
chicken | 鸡/小鸡 | 鶏/ニワトリ/ひよこ | 닭/병아리 | gallina/pollo | poule/poulet | Huhn | gallina/pollo | galinha | курица
duck | 鸭子/鸭 | 鴨/アヒル/カモ | 오리 | pato | canard | Ente | anatra | pato | утка
swan | 天鹅 | 白鳥 | 백조 | cisne | cygne | Schwan | cigno | cisne | лебедь
bird | 鸟/小鸟/飞鸟 | 鳥/小鳥/とり | 새 | pájaro/ave | oiseau | Vogel/Vögel* | uccello | pássaro/ave | птица/птичка
owl | 猫头鹰 | 梟/フクロウ/ふくろう | 부엉이/올빼미 | búho/lechuza | hibou/chouette | Eule | gufo/civetta | coruja | сова
eagle | 鹰/老鹰/雄鹰 | 鷲/ワシ/鷹 | 독수리 | águila | aigle | Adler | aquila | águia | орёл
crow | 乌鸦 | 烏/カラス | 까마귀 | cuervo | corbeau | Rabe/Krähe | corvo | corvo | ворона/ворон
parrot | 鹦鹉 | 鸚鵡/オウム/インコ | 앵무새 | loro/papagayo | perroquet | Papagei | pappagallo | papagaio | попугай
penguin | 企鹅 | ペンギン | 펭귄 | pingüino | pingouin/manchot | Pinguin | pinguino | pinguim | пингвин
peacock | 孔雀 | 孔雀/クジャク | 공작 | pavo real | paon | Pfau | pavone | pavão | павлин
flamingo | 火烈鸟 | フラミンゴ | 플라밍고 | flamenco | flamant rose | Flamingo | fenicottero | flamingo | фламинго
hummingbird | 蜂鸟 | ハチドリ | 벌새 | colibrí | colibri | Kolibri | colibrì | beija-flor | колибри
butterfly | 蝴蝶 | 蝶/蝶々/ちょうちょ | 나비 | mariposa | papillon | Schmetterling | farfalla | borboleta | бабочка
bee | 蜜蜂 | 蜂/ミツバチ | 벌/꿀벌 | abeja | abeille | Biene | ape | abelha | пчела
dragonfly | 蜻蜓 | 蜻蛉/トンボ | 잠자리 | libélula | libellule | Libelle | libellula | libélula | стрекоза
spider | 蜘蛛 | 蜘蛛/クモ | 거미 | araña | araignée | Spinne | ragno | aranha | паук
insect | 昆虫/虫子 | 虫/昆虫 | 곤충/벌레 | insecto/bicho | insecte | Insekt | insetto | inseto | насекомое/жук
snail | 蜗牛 | カタツムリ | 달팽이 | caracol | escargot | Schnecke | lumaca | caracol | улитка
fish | 鱼/小鱼 | 魚/さかな | 물고기/생선 | pez/pescado | poisson | Fisch | pesce | peixe | рыба/рыбка
koi | 锦鲤/鲤鱼 | 鯉/錦鯉 | 잉어 | carpa koi | carpe koï | Koi/Karpfen | carpa koi | carpa koi | карп/кои
goldfish | 金鱼 | 金魚 | 금붕어 | pez dorado/pez de colores | poisson rouge | Goldfisch | pesce rosso | peixe dourado | золотая рыбка
shark | 鲨鱼 | 鮫/サメ | 상어 | tiburón | requin | Hai | squalo | tubarão | акула
whale | 鲸/鲸鱼 | 鯨/クジラ | 고래 | ballena | baleine | Wal | balena | baleia | кит
dolphin | 海豚 | イルカ | 돌고래 | delfín | dauphin | Delfin | delfino | golfinho | дельфин
octopus | 章鱼 | 蛸/タコ | 문어 | pulpo | pieuvre/poulpe | Krake/Oktopus | polpo | polvo | осьминог
jellyfish | 水母 | 海月/クラゲ | 해파리 | medusa | méduse | Qualle | medusa | água-viva | медуза
crab | 螃蟹 | 蟹/カニ | 게 | cangrejo | crabe | Krabbe | granchio | caranguejo | краб
turtle | 乌龟/海龟 | 亀/カメ | 거북이/거북 | tortuga | tortue | Schildkröte | tartaruga | tartaruga | черепаха
frog | 青蛙 | 蛙/カエル | 개구리 | rana | grenouille | Frosch | rana | sapo/rã | лягушка
snake | 蛇 | 蛇/ヘビ | 뱀 | serpiente | serpent | Schlange | serpente | cobra/serpente | змея
lizard | 蜥蜴 | トカゲ | 도마뱀 | lagarto | lézard | Eidechse | lucertola | lagarto | ящерица
crocodile | 鳄鱼 | 鰐/ワニ | 악어 | cocodrilo | crocodile | Krokodil | coccodrillo | crocodilo | крокодил
dinosaur | 恐龙 | 恐竜 | 공룡 | dinosaurio | dinosaure | Dinosaurier | dinosauro | dinossauro | динозавр
lion | 狮子 | ライオン/獅子 | 사자 | león | lion | Löwe | leone | leão | лев
tiger | 老虎/虎 | 虎/トラ | 호랑이 | tigre | tigre | Tiger | tigre | tigre | тигр
leopard | 豹/花豹 | 豹/ヒョウ | 표범 | leopardo | léopard | Leopard | leopardo | leopardo | леопард
snow leopard | 雪豹 | ユキヒョウ | 눈표범 | leopardo de las nieves | léopard des neiges | Schneeleopard | leopardo delle nevi | leopardo-das-neves | снежный барс/ирбис
elephant | 大象/象 | 象/ゾウ | 코끼리 | elefante | éléphant | Elefant | elefante | elefante | слон
giraffe | 长颈鹿 | 麒麟/キリン | 기린 | jirafa | girafe | Giraffe | giraffa | girafa | жираф
zebra | 斑马 | シマウマ | 얼룩말 | cebra | zèbre | Zebra | zebra | zebra | зебра
monkey | 猴子/猴 | 猿/サル | 원숭이 | mono | singe | Affe | scimmia | macaco | обезьяна
gorilla | 大猩猩 | ゴリラ | 고릴라 | gorila | gorille | Gorilla | gorilla | gorila | горилла
kangaroo | 袋鼠 | カンガルー | 캥거루 | canguro | kangourou | Känguru | canguro | canguru | кенгуру
koala | 考拉/树袋熊 | コアラ | 코알라 | koala | koala | Koala | koala | coala | коала
camel | 骆驼 | 駱駝/ラクダ | 낙타 | camello | chameau | Kamel | cammello | camelo | верблюд
hedgehog | 刺猬 | ハリネズミ | 고슴도치 | erizo | hérisson | Igel | riccio | ouriço | ёж
raccoon | 浣熊 | アライグマ | 너구리 | mapache | raton laveur | Waschbär | procione | guaxinim | енот
otter | 水獭 | カワウソ/ラッコ | 수달 | nutria | loutre | Otter | lontra | lontra | выдра
seal | 海豹 | アザラシ | 물개/바다표범 | foca | phoque | Robbe/Seehund | foca | foca | тюлень
bat | 蝙蝠 | 蝙蝠/コウモリ | 박쥐 | murciélago | chauve-souris | Fledermaus | pipistrello | morcego | летучая мышь
hamster | 仓鼠 | ハムスター | 햄스터 | hámster | hamster | Hamster | criceto | hamster | хомяк
shiba inu | 柴犬 | 柴犬 | 시바견 | shiba | shiba | Shiba | shiba | shiba | сиба-ину
dragon | 龙/巨龙 | 竜/龍/ドラゴン | 용/드래곤 | dragón | dragon | Drache | drago | dragão | дракон
phoenix | 凤凰/不死鸟 | 鳳凰/不死鳥/フェニックス | 봉황/불사조 | fénix | phénix | Phönix | fenice | fênix | феникс
griffin | 狮鹫 | グリフォン | 그리폰 | grifo | griffon | Greif | grifone | grifo | грифон
pegasus | 天马/飞马 | ペガサス | 페가수스 | pegaso | pégase | Pegasus | pegaso | pégaso | пегас
@n plants
tree | 树/大树/树木 | 木/樹/樹木 | 나무 | árbol | arbre | Baum | albero | árvore | дерево/деревья*
treehouse | 树屋 | ツリーハウス | 트리하우스 | casa del árbol | cabane dans les arbres | Baumhaus | casa sull'albero | casa na árvore | домик на дереве
flower | 花/花朵/鲜花 | 花/はな | 꽃 | flor | fleur | Blume/Blüte | fiore | flor | цветок/цветы*/цветов*/цветами*/цветах*
rose | 玫瑰/玫瑰花 | 薔薇/バラ/ばら | 장미 | rosa | rose | Rose | rosa | rosa | роза
cherry blossom | 樱花/樱花树 | 桜/さくら/サクラ/桜の木 | 벚꽃 | flor de cerezo/cerezo en flor/sakura | fleur de cerisier/cerisier en fleurs/sakura | Kirschblüte | fiore di ciliegio/ciliegio in fiore/sakura | flor de cerejeira/cerejeira/sakura | сакура/цветущая вишня
sunflower | 向日葵 | 向日葵/ひまわり | 해바라기 | girasol | tournesol | Sonnenblume | girasole | girassol | подсолнух
tulip | 郁金香 | チューリップ | 튤립 | tulipán | tulipe | Tulpe | tulipano | tulipa | тюльпан
lotus | 莲花/荷花/莲 | 蓮/ハス | 연꽃 | loto | lotus | Lotus/Lotusblume | loto | lótus | лотос
lily | 百合/百合花 | 百合/ユリ | 백합 | lirio/azucena | lys | Lilie | giglio | lírio | лилия
daisy | 雏菊 | 雛菊/デイジー | 데이지 | margarita | marguerite | Gänseblümchen/Margerite | margherita | margarida | ромашка
lavender | 薰衣草 | ラベンダー | 라벤더 | lavanda | lavande | Lavendel | lavanda | lavanda | лаванда
grass | 草/草地/青草 | 草/芝生 | 풀/잔디 | hierba/césped/pasto | herbe/gazon | Gras/Rasen | erba | grama/relva/capim | трава
leaf | 叶子/树叶/叶 | 葉/葉っぱ/木の葉 | 잎/나뭇잎 | hoja | feuille | Blatt/Blätter*/Laub | foglia | folha | лист/листья*
autumn leaves | 红叶/落叶/枫叶 | 紅葉/落ち葉 | 단풍/낙엽 | hojas de otoño | feuilles d'automne | Herbstlaub | foglie autunnali | folhas de outono | осенние листья
branch | 树枝 | 枝 | 나뭇가지/가지 | rama | branche | Ast/Zweig | ramo | galho/ramo | ветка
moss | 苔藓 | 苔/コケ | 이끼 | musgo | mousse | Moos | muschio | musgo | мох
mushroom | 蘑菇 | 茸/キノコ/きのこ | 버섯 | seta/hongo/champiñón | champignon | Pilz | fungo | cogumelo | гриб
bamboo | 竹子/竹 | 竹 | 대나무 | bambú | bambou | Bambus | bambù | bambu | бамбук
bamboo forest | 竹林 | 竹林 | 대나무 숲/대숲 | bosque de bambú | forêt de bambous | Bambuswald | foresta di bambù/bosco di bambù | floresta de bambu | бамбуковый лес
pine tree | 松树/松 | 松 | 소나무 | pino | pin/sapin | Kiefer/Tanne | pino | pinheiro | сосна/ель
maple | 枫树/枫 | 楓/カエデ/もみじ | 단풍나무 | arce | érable | Ahorn | acero | bordo | клён
palm tree | 棕榈树/椰子树 | ヤシの木/椰子 | 야자수 | palmera/cocotero | palmier/cocotier | Palme | palma | palmeira/coqueiro | пальма
cactus | 仙人掌 | サボテン | 선인장 | cactus | cactus | Kaktus | cactus | cacto | кактус
vine | 藤蔓/藤 | 蔦/ツタ/蔓 | 덩굴 | enredadera/parra | vigne/lierre | Ranke/Efeu | vite/edera | videira/trepadeira | лоза/плющ
plant | 植物 | 植物 | 식물 | planta | plante | Pflanze | pianta | planta | растение
flower field | 花海/花田 | 花畑 | 꽃밭 | campo de flores | champ de fleurs | Blumenwiese/Blumenfeld | campo di fiori | campo de flores | цветочное поле
bouquet | 花束 | 花束/ブーケ | 꽃다발 | ramo de flores | bouquet | Blumenstrauß/Strauß | mazzo di fiori | buquê | букет
wheat | 麦子/小麦/麦田 | 麦/小麦 | 밀 | trigo | blé | Weizen | grano | trigo | пшеница
@n food
fried egg | 煎蛋/荷包蛋 | 目玉焼き | 계란 프라이/계란후라이 | huevo frito | œuf au plat | Spiegelei | uovo fritto | ovo frito | яичница
toast | 吐司/烤面包 | トースト | 토스트 | tostada | toast/pain grillé | Toast | toast/pane tostato | torrada | тост
food | 食物/美食 | 食べ物/料理 | 음식 | comida | nourriture/plat | Essen | cibo | comida | еда
bread | 面包 | パン | 빵 | pan | pain | Brot | pane | pão | хлеб
cake | 蛋糕 | ケーキ | 케이크 | pastel/tarta | gâteau | Kuchen/Torte | torta | bolo | торт/пирог
cookie | 饼干/曲奇 | クッキー | 쿠키 | galleta | biscuit/cookie | Keks | biscotto | biscoito/bolacha | печенье
donut | 甜甜圈 | ドーナツ | 도넛 | dona/rosquilla | beignet/donut | Donut/Krapfen | ciambella | rosquinha/donut | пончик
pancake | 松饼/煎饼 | パンケーキ | 팬케이크 | tortita/panqueque | crêpe/pancake | Pfannkuchen | pancake/frittella | panqueca | блин/оладья
chocolate | 巧克力 | チョコレート/チョコ | 초콜릿 | chocolate | chocolat | Schokolade | cioccolato | chocolate | шоколад
ice cream | 冰淇淋/雪糕 | アイスクリーム/アイス | 아이스크림 | helado | crème glacée | Eiscreme/Speiseeis | gelato | sorvete/gelado | мороженое
candy | 糖果 | 飴/キャンディ/お菓子 | 사탕 | caramelo | bonbon | Bonbon/Süßigkeit | caramella | bala | конфета
coffee | 咖啡 | コーヒー/珈琲 | 커피 | café | café | Kaffee | caffè | café | кофе
tea | 茶 | お茶/茶/紅茶 | 녹차/홍차 | té | thé | Tee | tè | chá | чай
milk | 牛奶 | 牛乳/ミルク | 우유 | leche | lait | Milch | latte | leite | молоко
wine | 葡萄酒/红酒 | ワイン/葡萄酒 | 와인/포도주 | vino | vin | Wein | vino | vinho | вино
beer | 啤酒 | ビール | 맥주 | cerveza | bière | Bier | birra | cerveja | пиво
juice | 果汁 | ジュース | 주스 | zumo/jugo | jus | Saft | succo | suco/sumo | сок
fruit | 水果/果实 | 果物/果実/フルーツ | 과일/열매 | fruta/fruto | fruit | Obst/Frucht | frutta/frutto | fruta/fruto | фрукт/плод
apple | 苹果 | 林檎/りんご/リンゴ | 사과 | manzana | pomme | Apfel | mela | maçã | яблоко
orange | 橙子/橘子 | オレンジ/みかん | 오렌지/귤 | - | - | Orange/Apfelsine | arancia | - | апельсин
banana | 香蕉 | バナナ | 바나나 | plátano/banana | banane | Banane | banana | banana | банан
strawberry | 草莓 | 苺/いちご/イチゴ | 딸기 | fresa/frutilla | fraise | Erdbeere | fragola | morango | клубника
cherry | 樱桃 | さくらんぼ/チェリー | 체리 | cereza | cerise | Kirsche | ciliegia | cereja | вишня/черешня
grape | 葡萄 | 葡萄/ぶどう/ブドウ | 포도 | uva | raisin | Traube | uva | uva | виноград
lemon | 柠檬 | レモン/檸檬 | 레몬 | limón | citron | Zitrone | limone | limão | лимон
peach | 桃子/桃 | 桃/もも | 복숭아 | melocotón/durazno | - | Pfirsich | - | pêssego | персик
watermelon | 西瓜 | 西瓜/スイカ | 수박 | sandía | pastèque | Wassermelone | anguria/cocomero | melancia | арбуз
pumpkin | 南瓜 | 南瓜/かぼちゃ/カボチャ | 호박 | calabaza | citrouille/potiron | Kürbis | zucca | abóbora | тыква
tomato | 番茄/西红柿 | トマト | 토마토 | tomate | tomate | Tomate | pomodoro | tomate | помидор/томат
carrot | 胡萝卜 | 人参/にんじん | 당근 | zanahoria | carotte | Karotte/Möhre | carota | cenoura | морковь
vegetable | 蔬菜 | 野菜 | 채소/야채 | verdura/hortaliza | légume | Gemüse | verdura | legume | овощ/овощи*
rice | 米饭/大米/米 | ご飯/米/お米 | 밥/쌀 | arroz | riz | Reis | riso | arroz | рис
noodles | 面条 | 麺/うどん | 국수/면 | fideos | nouilles | Nudeln | spaghetti | macarrão | лапша
pasta | 意大利面 | パスタ | 파스타 | pasta | pâtes | Pasta | pasta | massa | паста/макароны
ramen | 拉面 | ラーメン | 라면 | ramen | ramen | Ramen | ramen | lámen/ramen | рамен
sushi | 寿司 | 寿司/すし/お寿司 | 초밥/스시 | sushi | sushi | Sushi | sushi | sushi | суши
pizza | 披萨 | ピザ | 피자 | pizza | pizza | Pizza | pizza | pizza | пицца
hamburger | 汉堡/汉堡包 | ハンバーガー | 햄버거 | hamburguesa | hamburger | Hamburger | hamburger | hambúrguer | гамбургер/бургер
sandwich | 三明治 | サンドイッチ | 샌드위치 | sándwich/bocadillo | sandwich | Sandwich | panino | sanduíche | бутерброд/сэндвич
soup | 汤 | スープ/汁 | 수프/국 | sopa | soupe | Suppe | zuppa | sopa | суп
egg | 鸡蛋/蛋 | 卵/たまご | 달걀/계란 | huevo | œuf | Ei | uovo/uova* | ovo | яйцо
cheese | 奶酪 | チーズ | 치즈 | queso | fromage | Käse | formaggio | queijo | сыр
meat | 肉 | 肉 | 고기 | carne | viande | Fleisch | carne | carne | мясо
salad | 沙拉 | サラダ | 샐러드 | ensalada | salade | Salat | insalata | salada | салат
dumpling | 饺子/包子 | 餃子 | 만두 | empanadilla | ravioli chinois | Teigtasche | raviolo | pastel | пельмени
honey | 蜂蜜 | 蜂蜜/はちみつ | 꿀 | miel | miel | Honig | miele | mel | мёд
dessert | 甜点/甜品 | デザート/スイーツ | 디저트 | postre | dessert | Nachtisch/Dessert | dessert | sobremesa | десерт
breakfast | 早餐 | 朝食/朝ご飯 | 아침 식사/아침밥 | desayuno | petit-déjeuner/petit déjeuner | Frühstück | colazione | café da manhã/pequeno-almoço | завтрак
dinner | 晚餐/晚饭 | 夕食/晩ご飯/ディナー | 저녁 식사 | cena | dîner | Abendessen | cena | jantar | ужин
picnic | 野餐 | ピクニック | 소풍/피크닉 | picnic | pique-nique | Picknick | picnic | piquenique | пикник
@n places and buildings
window sill | 窗台/窗边 | 窓辺/窓際 | 창가/창턱 | alféizar/repisa de la ventana | rebord de fenêtre | Fensterbank/Fensterbrett | davanzale | parapeito/peitoril | подоконник
newspaper | 报纸 | 新聞 | 신문 | periódico | journal | Zeitung | giornale | jornal | газета
house | 房子/房屋/屋子/家 | 家/家屋/住宅/いえ | 집/주택 | casa | maison | Haus | casa | casa | дом
wooden house | 木房子 | 木の家/木造の家 | 나무집 | - | - | Holzhaus | - | - | деревянный дом
cabin | 小木屋/木屋/小屋 | 小屋/山小屋/ログハウス | 오두막/통나무집 | cabaña | cabane/chalet | Hütte/Blockhütte | capanna/baita | cabana | хижина/избушка/домик
cottage | 农舍 | コテージ | 시골집/별장 | casita de campo | chaumière/cottage | Häuschen/Landhaus | casetta/cottage | chalé/casinha | коттедж
castle | 城堡 | 城/お城/キャッスル | 성 | castillo | château | Schloss/Burg | castello | castelo | замок
palace | 宫殿/皇宫 | 宮殿/御殿 | 궁전/궁궐 | palacio | palais | Palast | palazzo | palácio | дворец
tower | 塔/高塔 | 塔/タワー | 탑/타워 | torre | tour | Turm | torre | torre | башня
temple | 寺庙/寺/庙/神殿 | 寺/お寺/寺院/神殿 | 절/사원/신전 | templo | temple | Tempel | tempio | templo | храм
shrine | 神社 | 神社 | 신사 | santuario | sanctuaire | Schrein | santuario | santuário | святилище
torii gate | 鸟居 | 鳥居 | 도리이 | torii | torii | Torii | torii | torii | тории
church | 教堂 | 教会 | 교회 | iglesia | église | Kirche | chiesa | igreja | церковь
cathedral | 大教堂 | 大聖堂 | 대성당 | catedral | cathédrale | Kathedrale/Dom | cattedrale/duomo | catedral | собор
pagoda | 宝塔 | 五重塔/仏塔 | 파고다 | pagoda | pagode | Pagode | pagoda | pagode | пагода
ruins | 遗迹/废墟 | 遺跡/廃墟 | 폐허/유적 | ruinas/ruina | ruines/ruine | Ruine/Ruinen* | rovine/rovina | ruínas/ruína | руины
village | 村庄/村子/村落 | 村/村落 | 마을 | pueblo/aldea | village | Dorf | villaggio/paese | aldeia/vila | деревня/село
town | 小镇/城镇 | 町 | 소도시/읍내 | pueblito | bourg | Kleinstadt | cittadina | vilarejo | городок
city | 城市/都市 | 都市/街/都会 | 도시 | ciudad/urbano | ville/cité/urbain | Stadt/Großstadt/städtisch | città/urbano | cidade/urbano | город/городской
road | 道路/路/公路/马路 | 道/道路 | 길/도로 | camino/carretera | route/chemin | Straße/Weg | strada | estrada/caminho | дорога/путь
street | 街道/街/街头 | 通り/街路 | 거리 | calle/callejero | rue | Gasse | via | rua | улица
alley | 小巷/胡同 | 路地 | 골목 | callejón | ruelle | Seitengasse | vicolo | beco | переулок
bridge | 桥/桥梁 | 橋 | 다리 | puente | pont | Brücke | ponte | ponte | мост
market | 市场/集市 | 市場/マーケット | 시장 | mercado | marché | Markt | mercato | mercado | рынок
shop | 商店/店 | 店/お店/ショップ | 가게/상점 | tienda | boutique/magasin | Laden/Geschäft | negozio | loja | магазин
cafe | 咖啡馆/咖啡店/咖啡厅 | カフェ/喫茶店 | 카페 | cafetería | salon de thé | Café | caffetteria/bar | cafeteria | кафе/кофейня
restaurant | 餐厅/饭店 | レストラン/食堂 | 식당/레스토랑 | restaurante | restaurant | Restaurant | ristorante | restaurante | ресторан
bar | 酒吧 | バー/酒場/居酒屋 | 바/술집 | bar | bar | Bar/Kneipe | pub | bar | бар
tavern | 酒馆/客栈 | 宿屋 | 선술집/여관 | taberna/posada | taverne/auberge | Taverne/Gasthaus | taverna/locanda | taverna/estalagem | таверна/трактир
library | 图书馆 | 図書館 | 도서관 | biblioteca | bibliothèque | Bibliothek/Bücherei | biblioteca | biblioteca | библиотека
school | 学校 | 学校 | 학교 | escuela/colegio | école | Schule | scuola | escola | школа
classroom | 教室 | 教室 | 교실 | aula/salón de clases | salle de classe | Klassenzimmer | aula | sala de aula | класс
hospital | 医院 | 病院 | 병원 | hospital | hôpital | Krankenhaus | ospedale | hospital | больница
museum | 博物馆/美术馆 | 博物館/美術館 | 박물관/미술관 | museo | musée | Museum | museo | museu | музей
train station | 火车站/车站/站台 | 駅/ホーム | 역/기차역 | estación | gare | Bahnhof | stazione | estação | вокзал/станция
airport | 机场 | 空港 | 공항 | aeropuerto | aéroport | Flughafen | aeroporto | aeroporto | аэропорт
harbor | 港口/码头 | 港 | 항구 | puerto | port | Hafen | porto | porto | порт/гавань/пристань
lighthouse | 灯塔 | 灯台 | 등대 | faro | phare | Leuchtturm | faro | farol | маяк
farm | 农场/农庄 | 農場/牧場 | 농장 | granja/finca | ferme | Bauernhof/Hof | fattoria | fazenda/quinta | ферма
barn | 谷仓 | 納屋 | 헛간 | granero | grange | Scheune | fienile | celeiro | амбар/сарай
windmill | 风车 | 風車 | 풍차 | molino/molino de viento | moulin/moulin à vent | Windmühle/Mühle | mulino/mulino a vento | moinho/moinho de vento | мельница/ветряная мельница
factory | 工厂 | 工場 | 공장 | fábrica | usine | Fabrik | fabbrica | fábrica | завод/фабрика
laboratory | 实验室 | 研究室/実験室/ラボ | 실험실/연구실 | laboratorio | laboratoire | Labor | laboratorio | laboratório | лаборатория
office | 办公室 | オフィス/事務所 | 사무실 | oficina | bureau | Büro | ufficio | escritório | офис/кабинет
room | 房间/屋 | 部屋 | 방 | habitación/cuarto/sala | chambre/pièce/salle | Zimmer/Raum | stanza/camera | quarto/sala | комната
bedroom | 卧室 | 寝室/ベッドルーム | 침실 | dormitorio/recámara | chambre à coucher | Schlafzimmer | camera da letto | quarto de dormir | спальня
kitchen | 厨房 | 台所/キッチン | 부엌/주방 | cocina | cuisine | Küche | cucina | cozinha | кухня
living room | 客厅 | リビング/居間 | 거실 | sala de estar/salón | salon | Wohnzimmer | soggiorno/salotto | sala de estar | гостиная
bathroom | 浴室/卫生间 | 浴室/風呂/お風呂 | 욕실/화장실 | baño | salle de bain | Badezimmer/Bad | bagno | banheiro | ванная
hall | 大厅/大堂 | 広間/ホール | 홀/강당 | vestíbulo | hall/grande salle | Halle/Saal | salone | salão | зал
interior | 室内/内部 | 室内/インテリア | 실내/인테리어 | interior | intérieur | Innenraum/Interieur | interno | interior | интерьер
garden | 花园/庭院/园子 | 庭/庭園/ガーデン | 정원/뜰 | jardín | jardin | Garten | giardino | jardim | сад
park | 公园 | 公園 | 공원 | parque | parc | Park | parco | parque | парк
square | 广场 | 広場 | 광장 | plaza | place | Platz | piazza | praça | площадь
balcony | 阳台 | バルコニー/ベランダ | 발코니 | balcón | balcon | Balkon | balcone | varanda/sacada | балкон
stage | 舞台 | 舞台/ステージ | 무대 | escenario | scène | Bühne | palco | palco | сцена
dungeon | 地牢 | ダンジョン/地下牢 | 던전/지하 감옥 | mazmorra | donjon/cachot | Verlies/Kerker | prigione sotterranea/dungeon | masmorra | подземелье
cave | 洞穴/山洞/洞窟 | 洞窟/洞穴 | 동굴 | cueva/caverna | grotte/caverne | Höhle | grotta/caverna | caverna/gruta | пещера
tunnel | 隧道 | トンネル | 터널 | túnel | tunnel | Tunnel | tunnel/galleria | túnel | туннель/тоннель
well | 井 | 井戸 | 우물 | pozo | puits | Ziehbrunnen | pozzo | poço | колодец
cemetery | 墓地/墓园 | 墓地/墓場 | 묘지 | cementerio | cimetière | Friedhof | cimitero | cemitério | кладбище
grave | 坟墓/墓 | 墓/お墓 | 무덤 | tumba | tombe | Grab | tomba | túmulo | могила
greenhouse | 温室 | 温室 | 온실 | invernadero | serre | Gewächshaus | serra | estufa | теплица/оранжерея
apartment | 公寓 | アパート/マンション | 아파트 | apartamento | appartement | Wohnung | appartamento | apartamento | квартира
skyscraper | 摩天大楼/高楼 | 高層ビル/摩天楼 | 고층 빌딩/마천루 | rascacielos | gratte-ciel | Wolkenkratzer | grattacielo | arranha-céu | небоскрёб
building | 建筑/大楼/楼 | 建物/ビル | 건물/빌딩 | edificio | bâtiment/immeuble/édifice | Gebäude | edificio | edifício/prédio | здание
space station | 空间站/太空站 | 宇宙ステーション | 우주 정거장 | estación espacial | station spatiale | Raumstation | stazione spaziale | estação espacial | космическая станция
camp | 营地 | キャンプ/野営地 | 캠프/야영지 | campamento | camp/campement | Lager/Zeltlager | accampamento | acampamento | лагерь
campfire | 篝火 | 焚き火/キャンプファイヤー | 모닥불 | fogata/hoguera | feu de camp | Lagerfeuer | falò | fogueira | костёр
tent | 帐篷 | テント | 텐트 | tienda de campaña/carpa | tente | Zelt | tenda da campeggio | barraca/tenda | палатка
bakery | 面包店 | パン屋/ベーカリー | 빵집 | panadería | boulangerie | Bäckerei | panetteria/forno | padaria | пекарня/булочная
bookstore | 书店 | 本屋/書店 | 서점 | librería | librairie | Buchhandlung | libreria | livraria | книжный магазин
hot spring | 温泉 | 温泉 | 온천 | aguas termales | source chaude | heiße Quelle/Therme | sorgente termale/terme | fonte termal | горячий источник
swimming pool | 游泳池/泳池 | プール | 수영장 | piscina | piscine | Schwimmbad/Pool | piscina | piscina | бассейн
amusement park | 游乐园 | 遊園地 | 놀이공원 | parque de atracciones | parc d'attractions | Freizeitpark/Vergnügungspark | parco divertimenti | parque de diversões | парк развлечений
ferris wheel | 摩天轮 | 観覧車 | 대관람차 | noria | grande roue | Riesenrad | ruota panoramica | roda-gigante | колесо обозрения
kingdom | 王国 | 王国 | 왕국 | reino | royaume | Königreich | regno | reino | королевство
spell | 咒语 | 呪文 | 주문 | hechizo | sort | Zauberspruch | incantesimo | feitiço | заклинание
sunglasses | 墨镜/太阳镜 | サングラス | 선글라스 | gafas de sol | lunettes de soleil | Sonnenbrille | occhiali da sole | óculos de sol | солнцезащитные очки/тёмные очки
Studio Ghibli | 吉卜力/宫崎骏 | ジブリ/スタジオジブリ | 지브리 | Ghibli | Ghibli | Ghibli | Ghibli | Ghibli | Гибли
future | - | - | - | futuro | futur/avenir | Zukunft | futuro | futuro | будущее
pyramid | 金字塔 | ピラミッド | 피라미드 | pirámide | pyramide | Pyramide | piramide | pirâmide | пирамида
stadium | 体育场 | スタジアム | 경기장 | estadio | stade | Stadion | stadio | estádio | стадион
theater | 剧院 | 劇場 | 극장 | teatro | théâtre | Theater | teatro | teatro | театр
hotel | 酒店/旅馆 | ホテル/旅館 | 호텔 | hotel | hôtel | Hotel | albergo/hotel | hotel | отель/гостиница
prison | 监狱 | 牢獄/刑務所 | 감옥 | prisión/cárcel | prison | Gefängnis | prigione | prisão | тюрьма
courtyard | 院子/庭院 | 中庭 | 안뜰/마당 | patio | cour | Hof/Innenhof | cortile | pátio | двор
corridor | 走廊 | 廊下 | 복도 | pasillo | couloir | Flur/Korridor | corridoio | corredor | коридор
attic | 阁楼 | 屋根裏 | 다락방 | ático/desván | grenier | Dachboden | soffitta | sótão | чердак
basement | 地下室 | 地下室 | 지하실 | sótano | cave/sous-sol | Keller | cantina/seminterrato | porão | подвал
garage | 车库 | ガレージ | 차고 | garaje | garage | Garage | garage | garagem | гараж
workshop | 工作室/作坊 | 工房/作業場 | 작업실/공방 | taller | atelier | Werkstatt | laboratorio artigiano/bottega | oficina | мастерская
playground | 游乐场 | 遊び場/公園の遊具 | 놀이터 | parque infantil | aire de jeux | Spielplatz | parco giochi | parquinho | детская площадка
zoo | 动物园 | 動物園 | 동물원 | zoológico/zoo | zoo | Zoo | zoo | zoológico | зоопарк
aquarium | 水族馆 | 水族館 | 수족관 | acuario | aquarium | Aquarium | acquario | aquário | аквариум/океанариум
convenience store | 便利店 | コンビニ | 편의점 | tienda de conveniencia | supérette | Späti/Kiosk | minimarket | loja de conveniência | круглосуточный магазин
bus stop | 公交车站/车站 | バス停 | 버스 정류장 | parada de autobús | arrêt de bus | Bushaltestelle | fermata dell'autobus | ponto de ônibus | автобусная остановка
highway | 高速公路 | 高速道路 | 고속도로 | autopista | autoroute | Autobahn | autostrada | rodovia/autoestrada | шоссе/трасса
pier | 码头/栈桥 | 桟橋 | 부두/잔교 | muelle | jetée/quai | Steg/Pier | molo | cais/píer | причал/пирс
vineyard | 葡萄园 | ぶどう畑 | 포도밭 | viñedo | vignoble | Weinberg | vigneto | vinhedo | виноградник
@n landscape and nature
bay | 海湾 | 湾/入り江 | 만 | bahía | baie | Bucht | baia | baía | залив/бухта
dune | 沙丘 | 砂丘 | 사구/모래 언덕 | duna | dune | Düne | duna | duna | дюна/бархан
crater | 陨石坑/火山口 | クレーター/火口 | 분화구 | cráter | cratère | Krater | cratere | cratera | кратер
water surface | 水面/湖面 | 水面/湖面 | 수면 | superficie del agua | surface de l'eau | Wasseroberfläche | superficie dell'acqua | superfície da água | поверхность воды/гладь
savanna | 稀树草原 | サバンナ | 사바나 | sabana | savane | Savanne | savana | savana | саванна
landscape | 风景/景色/风光/山水 | 風景/景色 | 풍경/경치 | paisaje | paysage | Landschaft | paesaggio | paisagem | пейзаж
nature | 大自然/自然 | 自然 | 자연 | naturaleza | nature | Natur | natura | natureza | природа
mountain | 山/山峰/高山/群山 | 山/やま/山脈 | 산/산맥 | montaña/monte/sierra | montagne/mont | Berg/Gebirge | montagna/monte | montanha/monte/serra | гора/горный
snowy mountain | 雪山 | 雪山 | 설산 | montaña nevada | montagne enneigée | Schneeberg | montagna innevata | montanha nevada | снежная гора
peak | 山顶/顶峰 | 山頂/頂上/峰 | 산봉우리/정상 | cima/cumbre/pico | sommet/pic | Gipfel | cima/vetta | pico/cume | вершина/пик
volcano | 火山 | 火山 | 화산 | volcán | volcan | Vulkan | vulcano | vulcão | вулкан
lava | 熔岩/岩浆 | 溶岩/マグマ | 용암 | lava | lave | Lava | lava | lava | лава
hill | 山丘/小山/丘陵 | 丘 | 언덕 | colina | colline | Hügel | collina | colina | холм
valley | 山谷/溪谷 | 谷/渓谷 | 계곡/골짜기 | valle | vallée/vallon | Tal | valle | vale | долина
cliff | 悬崖/峭壁 | 崖 | 절벽 | acantilado | falaise | Klippe | scogliera/rupe | falésia/penhasco | утёс/обрыв
canyon | 峡谷/大峡谷 | 峡谷 | 협곡 | cañón | canyon | Schlucht/Canyon | canyon | cânion/desfiladeiro | каньон/ущелье
desert | 沙漠 | 砂漠 | 사막 | desierto | désert | Wüste | deserto | deserto | пустыня
forest | 森林/树林/林 | 森/森林/林 | 숲/삼림 | bosque/selva | forêt/bois | Wald | foresta/bosco | floresta/bosque | лес/лесной
jungle | 丛林/热带雨林 | ジャングル/密林 | 정글/밀림 | jungla/selva tropical | jungle | Dschungel/Regenwald | giungla | selva/floresta tropical | джунгли
meadow | 草原/草甸 | 草原/草地 | 초원/풀밭 | prado/pradera | prairie/pré | Wiese | prato | prado | луг/поляна
field | 田野/田地/原野/稻田 | 野原/畑/田んぼ | 들판/밭/논 | campo | champ | Feld/Acker | campo | campo | поле
river | 河/河流/江/小河 | 川/河/河川 | 강/하천 | río | rivière/fleuve | Fluss | fiume | rio | река
stream | 小溪/溪流/溪 | 小川/せせらぎ | 시냇물/개울 | arroyo | ruisseau | Bach | ruscello | riacho/córrego | ручей
waterfall | 瀑布 | 滝 | 폭포 | cascada/catarata | cascade/chute d'eau | Wasserfall | cascata | cachoeira/cascata | водопад
lake | 湖/湖泊 | 湖 | 호수 | lago | lac | See | lago | lago | озеро
pond | 池塘/水池 | 池 | 연못 | estanque | étang/mare | Teich | stagno/laghetto | lagoa | пруд
sea | 大海/海 | 海 | 바다 | mar/marino | mer/marin | Meer | mare/marino | mar/marinho | море/морской
ocean | 海洋 | 海洋/大洋 | 대양 | océano | océan | Ozean | oceano | oceano | океан
beach | 海滩/沙滩/海边 | 砂浜/浜辺/ビーチ/海辺 | 해변/바닷가/해수욕장 | playa | plage | Strand | spiaggia | praia | пляж
coast | 海岸/海岸线 | 海岸 | 해안 | costa | côte | Küste | costa | costa/litoral | побережье/берег
island | 岛/岛屿/小岛 | 島 | 섬 | isla | île | Insel | isola | ilha | остров
wave | 波浪/海浪/浪 | 波 | 파도 | ola | vague | Welle | onda | onda | волна
swamp | 沼泽 | 沼/沼地 | 늪 | pantano | marais | Sumpf | palude | pântano | болото
glacier | 冰川 | 氷河 | 빙하 | glaciar | glacier | Gletscher | ghiacciaio | geleira/glaciar | ледник
iceberg | 冰山 | 氷山 | 빙산 | iceberg | iceberg | Eisberg | iceberg | iceberg | айсберг
sky | 天空 | 空/そら | 하늘 | cielo | ciel | Himmel | cielo | céu | небо
blue sky | 蓝天 | 青空 | 푸른 하늘/파란 하늘 | - | - | - | - | - | -
night sky | 夜空 | 夜空 | 밤하늘 | cielo nocturno | ciel nocturne/ciel de nuit | Nachthimmel | cielo notturno | céu noturno | ночное небо
sea of clouds | 云海 | 雲海 | 운해 | mar de nubes | mer de nuages | Wolkenmeer | mare di nuvole | mar de nuvens | море облаков
cloud | 云/云朵/白云 | 雲 | 구름 | nube | nuage | Wolke | nuvola | nuvem | облако/облака*/туча
horizon | 地平线/天际线 | 地平線/水平線 | 지평선/수평선 | horizonte | horizon | Horizont | orizzonte | horizonte | горизонт
rock | 岩石/石头 | 岩 | 바위 | roca/peña | rocher/roche | Fels/Felsen | roccia/masso | rocha | скала
stone | 石/石块 | 石 | 돌 | piedra | pierre | Stein | pietra/sasso | pedra | камень
sand | 沙子/沙 | 砂 | 모래 | arena | sable | Sand | sabbia | areia | песок
path | 小路/小径/小道 | 小道/小径 | 오솔길 | sendero | sentier | Pfad | sentiero | trilha | тропа/тропинка
countryside | 乡村/农村/田园 | 田舎/田園 | 시골 | campiña | campagne | Land | campagna | interior | сельская местность
oasis | 绿洲 | オアシス | 오아시스 | oasis | oasis | Oase | oasi | oásis | оазис
space | 太空/宇宙 | 宇宙 | 우주 | espacio | espace | Weltraum/Weltall/All | spazio | espaço | космос/открытый космос/открытом космосе
galaxy | 银河系/星系 | 銀河 | 은하 | galaxia | galaxie | Galaxie | galassia | galáxia | галактика
Milky Way | 银河 | 天の川 | 은하수 | vía láctea | voie lactée | Milchstraße | via lattea | via láctea | млечный путь
black hole | 黑洞 | ブラックホール | 블랙홀 | agujero negro | trou noir | schwarzes Loch | buco nero | buraco negro | чёрная дыра
planet | 星球/行星 | 惑星 | 행성 | planeta | planète | Planet | pianeta | planeta | планета
moon | 月亮/月/明月/月球 | 月/月面 | 달 | luna/lunar | lune/lunaire | Mond | luna/lunare | lua/lunar | луна/месяц/лунный
full moon | 满月/圆月 | 満月 | 보름달 | luna llena | pleine lune | Vollmond | luna piena | lua cheia | полнолуние/полная луна
sun | 太阳 | 太陽/日 | 해/태양 | sol | soleil | Sonne | sole | sol | солнце
star | 星星/星/恒星 | 星 | 별 | estrella | étoile | Stern | stella | estrela | звезда
starry sky | 星空 | 星空 | 별이 빛나는 하늘/별하늘 | cielo estrellado | ciel étoilé | Sternenhimmel | cielo stellato | céu estrelado | звёздное небо
nebula | 星云 | 星雲 | 성운 | nebulosa | nébuleuse | Nebula | nebulosa | nebulosa | туманность
universe | 宇宙/寰宇 | 宇宙 | 우주 | universo | univers | Universum | universo | universo | вселенная
earth | 地球 | 地球 | 지구 | tierra | terre | Erde | terra | terra | земля
world | 世界 | 世界 | 세계/세상 | mundo | monde | Welt | mondo | mundo | мир
ground | 地面/大地 | 地面/大地 | 땅/대지 | suelo | sol | Boden | terreno/suolo | chão/solo | почва
underwater | 水下/水中 | 水中/海中 | 수중/물속 | bajo el agua/submarino | sous l'eau/sous-marin | unter Wasser/Unterwasser | sott'acqua/subacqueo | debaixo d'água/subaquático | под водой/подводный
seabed | 海底 | 海底 | 해저 | fondo del mar/fondo marino | fond marin | Meeresgrund | fondale marino | fundo do mar | морское дно
coral reef | 珊瑚礁 | 珊瑚礁/サンゴ礁 | 산호초 | arrecife de coral | récif de corail/récif corallien | Korallenriff | barriera corallina | recife de coral | коралловый риф
coral | 珊瑚 | 珊瑚/サンゴ | 산호 | coral | corail | Koralle | corallo | coral | коралл
water | 水 | 水/みず | 물 | agua | eau | Wasser | acqua | água | вода
fire | 火/火焰/烈火 | 火/炎 | 불/불꽃 | fuego/llamas | feu/flammes | Feuer/Flammen | fuoco/fiamme | fogo/chamas | огонь/пламя
smoke | 烟/烟雾 | 煙 | 연기 | humo | fumée | Rauch | fumo | fumaça/fumo | дым
foot of the mountain | 山脚/山脚下/山麓 | 麓/山麓/ふもと | 산기슭/기슭 | pie de la montaña/falda de la montaña | pied de la montagne | Bergfuß/Fuß des Berges | piedi della montagna | sopé/pé da montanha | подножие
in the air | 空中 | 空中 | 공중 | en el aire | dans les airs | in der Luft | in aria | no ar | в воздухе
alien planet | 外星球 | 異星 | 외계 행성 | planeta alienígena | planète extraterrestre | fremder Planet | pianeta alieno | planeta alienígena | чужая планета
terrace | 露台/平台 | テラス | 테라스 | terraza | terrasse | Terrasse | terrazza | terraço | терраса
tree-lined avenue | 林荫道 | 並木/並木道 | 가로수길 | alameda/avenida arbolada | allée bordée d'arbres | Allee | viale alberato | alameda | аллея
study | 书房 | 書斎 | 서재 | estudio | cabinet de travail | Arbeitszimmer | studio | escritório | кабинет
hanok | 韩屋 | 韓屋 | 한옥 | hanok | hanok | Hanok | hanok | hanok | ханок
@n weather
weather | 天气 | 天気 | 날씨 | clima/tiempo | météo | Wetter | tempo | tempo | погода
rain | 雨/雨水 | 雨/あめ | 비 | lluvia | pluie | Regen | pioggia | chuva | дождь/ливень
raindrop | 雨滴/雨点 | 雨粒/雨だれ | 빗방울 | gota de lluvia | goutte de pluie | Regentropfen | goccia di pioggia | gota de chuva | капля дождя
puddle | 水坑 | 水たまり | 웅덩이 | charco | flaque | Pfütze | pozzanghera | poça | лужа
snow | 雪/大雪/白雪/雪地 | 雪/ゆき | 눈 | nieve | neige | Schnee | neve | neve | снег
snowy landscape | 雪景 | 雪景色 | 설경 | paisaje nevado | paysage enneigé | Schneelandschaft | paesaggio innevato | paisagem nevada | снежный пейзаж
snowflake | 雪花 | 雪の結晶/雪片 | 눈송이 | copo de nieve | flocon de neige/flocon | Schneeflocke | fiocco di neve | floco de neve | снежинка
storm | 暴风雨/风暴/暴风 | 嵐/ストーム | 폭풍/폭풍우 | tormenta/tempestad | tempête | Sturm/Unwetter | tempesta | tempestade | буря/шторм
thunderstorm | 雷雨 | 雷雨 | 뇌우 | tormenta eléctrica | orage | Gewitter | temporale | trovoada | гроза
lightning | 闪电 | 稲妻/稲光 | 번개 | rayo/relámpago | éclair/foudre | Blitz | fulmine/lampo | relâmpago/raio | молния
thunder | 雷 | 雷/かみなり | 천둥 | trueno | tonnerre | Donner | tuono | trovão | гром
wind | 风 | 風/かぜ | 바람 | viento | vent | Wind | vento | vento | ветер
fog | 雾/大雾/浓雾 | 霧 | 안개 | niebla | brouillard | Nebel | nebbia | neblina/nevoeiro | туман
mist | 薄雾/雾气 | 靄/もや | 물안개 | bruma | brume | Dunst | foschia | névoa/bruma | дымка/мгла
rainbow | 彩虹 | 虹 | 무지개 | arcoíris/arco iris | arc-en-ciel | Regenbogen | arcobaleno | arco-íris | радуга
ice | 冰 | 氷 | 얼음 | hielo | glace | Eis | ghiaccio | gelo | лёд
frost | 霜 | 霜 | 서리 | escarcha | givre | Frost/Raureif | brina | geada | иней/мороз
blizzard | 暴风雪 | 吹雪 | 눈보라 | ventisca | tempête de neige/blizzard | Schneesturm | bufera di neve/tormenta | nevasca | метель/вьюга
tornado | 龙卷风 | 竜巻 | 토네이도/회오리바람 | tornado | tornade | Tornado | tornado | tornado | торнадо/смерч
sunlight | 阳光/日光 | 日光/日差し/陽光 | 햇빛/햇살 | luz del sol/luz solar | lumière du soleil | Sonnenschein/Sonnenlicht | luce del sole | luz do sol | солнечный свет
aurora | 极光 | オーロラ | 오로라 | aurora boreal/aurora | aurore boréale/aurore | Polarlicht/Nordlicht | aurora boreale/aurora | aurora boreal/aurora | северное сияние
@n time of day and seasons
spring | 春天/春季/春 | 春 | 봄 | primavera/primaveral | printemps/printanier | Frühling/frühlingshaft | primavera/primaverile | primavera/primaveril | весна/весенний
summer | 夏天/夏季/夏 | 夏 | 여름 | verano/veraniego | été/estival | Sommer/sommerlich | estate/estivo | verão | лето/летний
autumn | 秋天/秋季/秋 | 秋 | 가을 | otoño/otoñal | automne/automnal | Herbst/herbstlich | autunno/autunnale | outono/outonal | осень/осенний
winter | 冬天/冬季/冬 | 冬 | 겨울 | invierno/invernal | hiver/hivernal | Winter/winterlich | inverno/invernale | inverno/invernal | зима/зимний
morning light | 晨光/晨曦 | 朝の光/朝日 | 아침 햇살 | luz de la mañana | lumière du matin | Morgenlicht | luce del mattino | luz da manhã | утренний свет
morning | 早晨/早上/清晨/上午 | 朝/朝方 | 아침 | mañana/matutino | matin/matinée/matinal | Morgen/morgendlich | mattina/mattino/mattutino | manhã/matinal | утро/утренний
noon | 中午/正午 | 昼/正午/お昼 | 정오 | mediodía | midi | Mittag | mezzogiorno | meio-dia | полдень
afternoon | 下午/午后 | 午後 | 오후 | tarde | après-midi | Nachmittag | pomeriggio | tarde | после полудня
sunset | 日落/夕阳/落日/晚霞 | 夕日/夕焼け/日没/日の入り | 일몰/석양/노을/해질녘 | puesta de sol/puesta del sol/atardecer/ocaso | coucher de soleil/coucher du soleil | Sonnenuntergang/Abendrot | tramonto | pôr do sol/pôr-do-sol/crepúsculo | закат
evening | 傍晚 | 夕方/夕暮れ/晩 | 저녁 | anochecer/vespertino | soir/soirée | Abend/abendlich | sera/serale | entardecer/fim de tarde | вечер/вечерний
night | 夜晚/夜/夜里/夜间/晚上/黑夜 | 夜/よる/夜間 | 밤/야간 | noche/nocturno | nuit/nocturne | Nacht/nächtlich | notte/notturno | noite/noturno | ночь/ночной
midnight | 午夜/深夜/半夜 | 真夜中/深夜 | 한밤중/자정 | medianoche | minuit | Mitternacht | mezzanotte | meia-noite | полночь
dawn | 黎明/拂晓/破晓/朝霞 | 夜明け/明け方/暁/朝焼け | 새벽/여명 | amanecer/alba/madrugada | aube | Morgendämmerung/Morgengrauen | alba | amanhecer/alvorada/madrugada | рассвет
sunrise | 日出 | 日の出 | 일출/해돋이 | salida del sol | lever du soleil/lever de soleil | Sonnenaufgang | sorgere del sole | nascer do sol | восход
dusk | 黄昏 | 黄昏/たそがれ | 황혼/땅거미 | crepúsculo | crépuscule | Dämmerung/Abenddämmerung | crepuscolo | anoitecer | сумерки
golden hour | 黄金时刻 | ゴールデンアワー | 골든 아워 | hora dorada | heure dorée | goldene Stunde | ora d'oro | hora dourada | золотой час
day | 白天/白昼/日间 | 昼間/日中 | 낮/날 | día | jour/journée | Tag | giorno | dia | день
Christmas | 圣诞节/圣诞 | クリスマス | 크리스마스 | navidad | noël | Weihnachten | natale | natal | рождество
Halloween | 万圣节 | ハロウィン | 할로윈 | halloween/noche de brujas | halloween | Halloween | halloween | halloween/dia das bruxas | хэллоуин
New Year | 新年/春节/过年 | 正月/お正月/新年 | 새해/설날 | año nuevo | nouvel an | Neujahr/Silvester | capodanno | ano novo | новый год
festival | 节日/庙会 | 祭り/お祭り/祭 | 축제 | festival/fiesta | fête/festival | Fest/Festival | festa/festival | festa/festival | праздник/фестиваль
love | 爱/爱情 | 愛/恋 | 사랑 | amor | amour | Liebe | amore | amor | любовь
war | 战争 | 戦争 | 전쟁 | guerra | guerre | Krieg | guerra | guerra | война
battle | 战役/大战 | 戦い/合戦 | 전투 | batalla | bataille | Schlacht | battaglia | batalha | битва
dream | 梦/梦境/梦想 | 夢 | 꿈 | sueño | rêve | Traum | sogno | sonho | мечта
magic | 魔法/法术/魔力 | 魔法/魔術 | 마법 | magia | magie | Magie/Zauber | magia | magia | магия/волшебство
@n light
light | 光/光线/灯光 | 光/明かり/ライト | 빛/조명 | luz | lumière | Licht | luce | luz | свет
moonlight | 月光 | 月光/月明かり | 달빛 | luz de luna/luz de la luna | clair de lune/lumière de la lune | Mondlicht/Mondschein | chiaro di luna/luce della luna | luar/luz da lua | лунный свет
starlight | 星光 | 星明かり | 별빛 | luz de las estrellas | lumière des étoiles | Sternenlicht | luce delle stelle | luz das estrelas | звёздный свет
candlelight | 烛光 | キャンドルライト | 촛불빛 | luz de velas | lumière des bougies | Kerzenlicht/Kerzenschein | lume di candela | luz de velas | свет свечей
neon | 霓虹灯/霓虹 | ネオン/ネオンサイン | 네온/네온사인 | neón/luces de neón | néon/néons | Neon/Neonlicht/Leuchtreklame | neon/luci al neon | néon/luzes de neon | неон/неоновые огни
shadow | 影子/阴影 | 影 | 그림자 | sombra | ombre | Schatten | ombra | sombra | тень
darkness | 黑暗处 | 闇/暗闇 | 어둠 | oscuridad | obscurité/ténèbres | Dunkelheit/Finsternis | oscurità/buio | escuridão | тьма/темнота
glow | 光芒/光辉 | 輝き | 광채 | resplandor/brillo | lueur/éclat | Schein/Leuchten | bagliore | brilho | сияние/свечение
reflection | 倒影/反射 | 反射/映り込み | 반사/반영 | reflejo | reflet | Spiegelung | riflesso | reflexo | отражение
spotlight | 聚光灯 | スポットライト | 스포트라이트 | foco | projecteur | Scheinwerfer | riflettore | holofote | прожектор
fireworks | 烟花/烟火 | 花火 | 불꽃놀이 | fuegos artificiales | feu d'artifice/feux d'artifice | Feuerwerk | fuochi d'artificio | fogos de artifício | фейерверк/салют
firefly | 萤火虫 | 蛍/ホタル | 반딧불이/반딧불 | luciérnaga | luciole | Glühwürmchen | lucciola | vaga-lume/pirilampo | светлячок
light rays | 光束/丁达尔效应 | 光線/光芒 | 빛줄기 | rayos de luz | rayons de lumière | Lichtstrahlen | raggi di luce | raios de luz | лучи света
bokeh | 散景/背景虚化 | ボケ | 보케 | bokeh | bokeh | Bokeh | bokeh | bokeh | боке
backlight | 逆光 | 逆光 | 역광 | contraluz | contre-jour | Gegenlicht | controluce | contraluz | контровой свет
@n places by name
Mars | 火星 | 火星 | 화성 | Marte | Mars | Mars | Marte | Marte | Марс
Alps | 阿尔卑斯山 | アルプス | 알프스 | Alpes | Alpes | Alpen | Alpi | Alpes | Альпы
Japan | 日本 | 日本 | 일본 | Japón | Japon | Japan | Giappone | Japão | Япония
China | 中国 | 中国 | 중국 | China | Chine | China | Cina | China | Китай
Korea | 韩国 | 韓国 | 한국 | Corea | Corée | Korea | Corea | Coreia | Корея
Tokyo | 东京 | 東京 | 도쿄 | Tokio | Tokyo | Tokio | Tokyo | Tóquio | Токио
Kyoto | 京都 | 京都 | 교토 | Kioto | Kyoto | Kyoto | Kyoto | Quioto | Киото
Paris | 巴黎 | パリ | 파리 | París | Paris | Paris | Parigi | Paris | Париж
New York | 纽约 | ニューヨーク | 뉴욕 | Nueva York | New York | New York | New York | Nova Iorque | Нью-Йорк
London | 伦敦 | ロンドン | 런던 | Londres | Londres | London | Londra | Londres | Лондон
Venice | 威尼斯 | ヴェネツィア/ベネチア | 베네치아/베니스 | Venecia | Venise | Venedig | Venezia | Veneza | Венеция
Egypt | 埃及 | エジプト | 이집트 | Egipto | Égypte | Ägypten | Egitto | Egito | Египет
Europe | 欧洲 | ヨーロッパ | 유럽 | Europa | Europe | Europa | Europa | Europa | Европа
Seoul | 首尔 | ソウル | 서울 | Seúl | Séoul | Seoul | Seul | Seul | Сеул
Shanghai | 上海 | 上海 | 상하이 | Shanghái | Shanghai | Shanghai | Shanghai | Xangai | Шанхай
Beijing | 北京 | 北京 | 베이징 | Pekín | Pékin | Peking | Pechino | Pequim | Пекин
Moscow | 莫斯科 | モスクワ | 모스크바 | Moscú | Moscou | Moskau | Mosca | Moscou | Москва
Russia | 俄罗斯 | ロシア | 러시아 | Rusia | Russie | Russland | Russia | Rússia | Россия
Mount Fuji | 富士山 | 富士山/富士 | 후지산 | monte Fuji | mont Fuji | Fuji | monte Fuji | monte Fuji | Фудзи/Фудзияма
Great Wall | 长城 | 万里の長城 | 만리장성 | Gran Muralla | Grande Muraille | Chinesische Mauer | Grande Muraglia | Grande Muralha | Великая Китайская стена
@n vehicles
car | 汽车/车/轿车/小汽车 | 車/自動車/くるま | 자동차/차 | coche/auto/carro/automóvil | voiture/auto | Auto/Wagen | auto/macchina/automobile | carro/automóvel | машина/автомобиль
sports car | 跑车 | スポーツカー | 스포츠카 | deportivo/coche deportivo | voiture de sport | Sportwagen | auto sportiva | carro esportivo | спорткар/спортивная машина
bus | 公交车/公共汽车/巴士 | バス | 버스 | autobús/bus | bus/autobus | Bus | autobus | ônibus/autocarro | автобус
truck | 卡车/货车 | トラック | 트럭 | camión | camion | Lastwagen/LKW | camion | caminhão/camião | грузовик
train | 火车/列车 | 電車/列車/汽車 | 기차/열차 | tren | train | Zug | treno | trem/comboio | поезд
steam locomotive | 蒸汽火车/蒸汽机车 | 蒸気機関車 | 증기기관차 | locomotora de vapor/tren de vapor | locomotive à vapeur | Dampflok/Dampflokomotive | locomotiva a vapore | locomotiva a vapor | паровоз
subway | 地铁 | 地下鉄 | 지하철 | metro | métro | U-Bahn | metropolitana/metro | metrô | метро
tram | 电车/有轨电车 | 路面電車/市電 | 전차/트램 | tranvía | tramway | Straßenbahn | tram | bonde/elétrico | трамвай
bicycle | 自行车/单车 | 自転車 | 자전거 | bicicleta/bici | vélo/bicyclette | Fahrrad/Rad | bicicletta/bici | bicicleta | велосипед
motorcycle | 摩托车/机车 | バイク/オートバイ | 오토바이 | moto/motocicleta | moto | Motorrad | moto/motocicletta | moto/motocicleta | мотоцикл
airplane | 飞机 | 飛行機 | 비행기 | avión | avion | Flugzeug | aereo/aeroplano | avião | самолёт
helicopter | 直升机 | ヘリコプター/ヘリ | 헬리콥터/헬기 | helicóptero | hélicoptère | Hubschrauber | elicottero | helicóptero | вертолёт
boat | 船/小船/船只 | 船/ボート/小舟 | 배/보트 | barco/bote/barca | bateau/barque | Boot | barca | barco/barca | лодка
ship | 轮船/大船 | 船舶/大型船 | 선박 | buque/navío | navire | Schiff | nave | navio | корабль/судно
sailing ship | 帆船 | 帆船 | 범선 | velero/barco de vela | voilier | Segelschiff/Segelboot | veliero | veleiro | парусник
submarine | 潜水艇/潜艇 | 潜水艦 | 잠수함 | sumergible | sous-marin | U-Boot | sottomarino | submarino | подводная лодка
rocket | 火箭 | ロケット | 로켓 | cohete | fusée | Rakete | razzo | foguete | ракета
spaceship | 宇宙飞船/飞船/太空船 | 宇宙船 | 우주선 | nave espacial | vaisseau spatial/vaisseau | Raumschiff | astronave/nave spaziale | nave espacial | космический корабль/звездолёт
UFO | 飞碟 | 空飛ぶ円盤 | 비행접시 | ovni | ovni | UFO | ufo | óvni | НЛО
hot air balloon | 热气球 | 熱気球 | 열기구 | globo aerostático | montgolfière | Heißluftballon | mongolfiera | balão de ar quente | воздушный шар
airship | 飞艇 | 飛行船 | 비행선 | dirigible | dirigeable | Luftschiff/Zeppelin | dirigibile | dirigível | дирижабль
tank | 坦克 | 戦車 | 탱크 | tanque | char d'assaut/tank | Panzer | carro armato | tanque | танк
carriage | 马车 | 馬車 | 마차 | carruaje/carroza | carrosse/calèche | Kutsche | carrozza | carruagem | карета
taxi | 出租车 | タクシー | 택시 | taxi | taxi | Taxi | taxi | táxi | такси
@n art styles, media and framing
photo | 照片/摄影/相片 | 写真/フォト/写真風 | 사진 | foto/fotografía | photo/photographie | Foto/Fotografie/Aufnahme | foto/fotografia | foto/fotografia | фото/фотография/снимок
painting | 画/绘画/画作 | 絵画/ペインティング | 회화 | pintura/cuadro | peinture/tableau | Gemälde/Malerei | dipinto/pittura/quadro | pintura/quadro | картина/живопись
picture | 图/图片/图像/画面 | 画像/絵 | 그림/이미지 | imagen | image | Bild | immagine | imagem | изображение/картинка
oil painting | 油画 | 油絵/油彩/油絵風 | 유화 | pintura al óleo/óleo | peinture à l'huile/huile | Ölgemälde/Ölbild/Ölmalerei | dipinto a olio/pittura a olio/olio | pintura a óleo/óleo | масляная живопись/картина маслом/маслом
watercolor | 水彩/水彩画 | 水彩/水彩画/水彩風/水彩画風 | 수채화 | acuarela | aquarelle | Aquarell | acquerello | aquarela/aguarela | акварель
ink painting | 水墨画/水墨/国画 | 水墨画/墨絵/水墨画風 | 수묵화 | pintura a tinta/tinta china | peinture à l'encre/encre de chine | Tuschemalerei/Tusche | pittura a inchiostro/inchiostro | pintura a tinta/nanquim | тушь/рисунок тушью
ukiyo-e | 浮世绘 | 浮世絵/浮世絵風 | 우키요에 | ukiyo-e | ukiyo-e | Ukiyo-e | ukiyo-e | ukiyo-e | укиё-э
sketch | 素描/速写/草图 | スケッチ/素描 | 스케치/소묘 | boceto/bosquejo/esbozo | croquis/esquisse | Skizze | schizzo/bozzetto | esboço/rascunho | эскиз/набросок
pencil drawing | 铅笔画 | 鉛筆画 | 연필화 | dibujo a lápiz | dessin au crayon | Bleistiftzeichnung | disegno a matita | desenho a lápis | рисунок карандашом
charcoal drawing | 炭笔画 | 木炭画 | 목탄화 | dibujo al carbón/carboncillo | dessin au fusain/fusain | Kohlezeichnung | disegno a carboncino/carboncino | desenho a carvão | рисунок углём
drawing | 绘图/手绘 | ドローイング/手描き | 드로잉 | dibujo | dessin | Zeichnung | disegno | desenho | рисунок
line art | 线稿/线描 | 線画 | 선화/라인아트 | arte lineal/dibujo lineal | dessin au trait | Strichzeichnung | disegno al tratto | arte de linha | лайн-арт/контурный рисунок
illustration | 插画/插图 | イラスト/イラストレーション/挿絵/イラスト風 | 일러스트/삽화 | ilustración | illustration | Illustration | illustrazione | ilustração | иллюстрация
digital art | 数字艺术/数码绘画/板绘 | デジタルアート/デジタルイラスト | 디지털 아트 | arte digital | art numérique | digitale Kunst | arte digitale | arte digital | цифровое искусство/цифровой арт
concept art | 概念艺术/概念设计/原画 | コンセプトアート | 컨셉 아트/콘셉트 아트 | arte conceptual | art conceptuel | Konzeptkunst | concept art | arte conceitual | концепт-арт
anime | 动漫/动画/日漫/二次元 | アニメ/アニメ調/アニメ風 | 애니메이션/애니/애니풍 | anime | anime/animé | Anime | anime | anime | аниме
manga | 漫画 | 漫画/マンガ/漫画風 | 망가 | manga | manga | Manga | manga | mangá | манга
cartoon | 卡通 | カートゥーン | 카툰/만화 | dibujos animados/caricatura | dessin animé | Cartoon/Zeichentrick | cartone animato | desenho animado | мультфильм/мультяшный
comic | 连环画/美漫 | コミック | 코믹스 | cómic/historieta | bande dessinée/bd | Comic | fumetto | quadrinhos/gibi | комикс
chibi | 萌版/大头 | ちびキャラ/デフォルメ | 치비 | chibi | chibi | Chibi | chibi | chibi | чиби
pixel art | 像素画/像素风/像素艺术 | ドット絵/ピクセルアート/ドット絵風 | 픽셀 아트/도트 | pixel art/arte de píxeles | pixel art/art du pixel | Pixelkunst/Pixel-Art | pixel art | pixel art/arte em pixel | пиксель-арт/пиксельная графика
3d render | 渲染/三维渲染 | レンダリング/3DCG | 렌더링 | render 3d/renderizado 3d | rendu 3d | 3D-Rendering/Rendering | render 3d | renderização 3d | рендер
low poly | 低多边形/低面 | ローポリ | 로우 폴리 | low poly | low poly | Low-Poly | low poly | low poly | лоу-поли
paper cut | 剪纸 | 切り絵 | 페이퍼 컷 | papel recortado | papier découpé | Scherenschnitt | carta ritagliata | papel recortado | вырезка из бумаги
origami | 折纸 | 折り紙 | 종이접기 | origami | origami | Origami | origami | origami | оригами
stained glass | 彩色玻璃/彩绘玻璃 | ステンドグラス | 스테인드글라스 | vitral/vidriera | vitrail | Buntglas/Kirchenfenster | vetrata | vitral | витраж
mosaic | 马赛克/镶嵌画 | モザイク | 모자이크 | mosaico | mosaïque | Mosaik | mosaico | mosaico | мозаика
poster | 海报 | ポスター | 포스터 | póster/cartel | affiche/poster | Poster/Plakat | poster/manifesto | pôster/cartaz | постер/плакат
wallpaper | 壁纸 | 壁紙 | 배경화면 | fondo de pantalla | fond d'écran | Hintergrundbild | carta da parati | papel de parede | обои
icon | 图标 | アイコン | 아이콘 | icono | icône | Icon/Symbol | icona | ícone | иконка/значок
logo | 标志/商标 | ロゴ | 로고 | logotipo/logo | logo | Logo | logo | logotipo | логотип
sticker | 贴纸 | ステッカー/シール | 스티커 | pegatina/calcomanía | autocollant | Aufkleber/Sticker | adesivo | adesivo | стикер/наклейка
tattoo | 纹身/刺青 | タトゥー/刺青 | 문신/타투 | tatuaje | tatouage | Tattoo/Tätowierung | tatuaggio | tatuagem | татуировка/тату
sculpture | 雕塑 | 彫刻 | 조각 | escultura | sculpture | Skulptur | scultura | escultura | скульптура
figure | 手办/模型 | フィギュア | 피규어 | figura | figurine | Figürchen | statuetta | figura | фигурка
art | 艺术 | 芸術/アート | 예술/아트 | arte | art | Kunst | arte | arte | искусство/арт
style | 风格/画风 | スタイル/様式/画風 | 스타일/풍/화풍 | estilo | style | Stil | stile | estilo | стиль
steampunk | 蒸汽朋克 | スチームパンク/スチームパンク風 | 스팀펑크 | steampunk | steampunk | Steampunk | steampunk | steampunk | стимпанк
cyberpunk | 赛博朋克 | サイバーパンク/サイバーパンク風 | 사이버펑크 | cyberpunk/ciberpunk | cyberpunk | Cyberpunk | cyberpunk | cyberpunk | киберпанк
fantasy | 奇幻/魔幻 | ファンタジー/ファンタジー風 | 판타지 | fantasía | fantasy/fantastique | Fantasy | fantasy/fantastico | fantasia | фэнтези
science fiction | 科幻 | サイエンスフィクション/SF | 공상과학/SF | ciencia ficción | science-fiction | Science-Fiction | fantascienza | ficção científica | научная фантастика/фантастика
horror | 恐怖 | ホラー | 호러 | terror/horror | horreur | Horror | horror/orrore | terror/horror | хоррор/ужас
fairy tale | 童话 | 童話/おとぎ話 | 동화 | cuento de hadas | conte de fées | Märchen | fiaba/favola | conto de fadas | сказка
impressionism | 印象派 | 印象派 | 인상주의/인상파 | impresionismo/impresionista | impressionnisme/impressionniste | Impressionismus | impressionismo | impressionismo | импрессионизм
art nouveau | 新艺术 | アールヌーボー | 아르누보 | art nouveau/modernismo | art nouveau | Jugendstil | liberty/art nouveau | art nouveau | модерн/ар-нуво
pop art | 波普艺术 | ポップアート | 팝아트 | arte pop/pop art | pop art | Pop-Art | pop art | pop art | поп-арт
graffiti | 涂鸦 | 落書き/グラフィティ | 낙서/그래피티 | grafiti/graffiti | graffiti | Graffiti | graffiti | grafite/grafiti | граффити
movie | 电影 | 映画 | 영화 | película | film | Film | film | filme | фильм/кино
Chinese style | 中国风/古风 | 中華風 | 중국풍 | estilo chino | style chinois | chinesischer Stil | stile cinese | estilo chinês | китайский стиль
Japanese style | 日式/和风/日系 | 和風 | 일본풍 | estilo japonés | style japonais | japanischer Stil | stile giapponese | estilo japonês | японский стиль
portrait | 肖像/人像/肖像画/头像 | 肖像/肖像画/ポートレート | 초상화/인물 사진/초상 | retrato | portrait | Porträt/Bildnis | ritratto | retrato | портрет
full body | 全身 | 全身 | 전신 | cuerpo entero/cuerpo completo | en pied/corps entier | Ganzkörper/ganzer Körper | figura intera/corpo intero | corpo inteiro | в полный рост
upper body | 半身/上半身 | 上半身/バストアップ | 상반신 | medio cuerpo/busto | buste/plan taille | Oberkörper/Halbporträt | mezzo busto | meio corpo/busto | по пояс
close-up | 特写/近景 | クローズアップ/アップ | 클로즈업 | primer plano | gros plan | Nahaufnahme | primo piano | close-up/primeiro plano | крупный план/крупным планом
wide shot | 远景/全景 | 遠景/ロングショット | 원경/와이드 샷 | plano general/plano amplio | plan large/plan d'ensemble | Totale/Weitwinkel | campo lungo | plano geral/plano aberto | общий план
panorama | 全景图 | パノラマ | 파노라마 | panorama/panorámica | panorama | Panorama | panorama | panorama | панорама
aerial view | 鸟瞰/航拍/俯瞰 | 俯瞰/空撮/鳥瞰 | 조감도/항공 사진/부감 | vista aérea/vista de pájaro | vue aérienne/vue d'oiseau | Luftaufnahme/Vogelperspektive | vista aerea/volo d'uccello | vista aérea | вид сверху/с высоты птичьего полёта
side view | 侧面/侧视图 | 横顔/側面 | 측면/옆모습 | vista lateral/de perfil | vue de côté/de profil | Seitenansicht/Profil | vista laterale/di profilo | vista lateral/de perfil | вид сбоку/профиль
from behind | 背影 | 後ろ姿 | 뒷모습 | de espaldas | de dos | von hinten/Rückenansicht | di spalle | de costas | со спины
low angle | 仰视/仰拍 | 煽り/ローアングル | 로우 앵글 | contrapicado | contre-plongée | Froschperspektive | dal basso | contra-plongée/ângulo baixo | снизу
macro | 微距 | マクロ | 매크로/접사 | macro/macrofotografía | macro/macrophotographie | Makro/Makroaufnahme | macro | macro | макро/макросъёмка
selfie | 自拍 | 自撮り/セルフィー | 셀카/셀피 | selfie/autofoto | selfie/égoportrait | Selfie | selfie | selfie | селфи
silhouette | 剪影 | シルエット | 실루엣 | silueta | silhouette | Silhouette/Schattenriss | silhouette/sagoma | silhueta | силуэт
background | 背景 | 背景 | 배경 | fondo | fond/arrière-plan | Hintergrund | sfondo | fundo | фон
scene | 场景/场面/情景 | 場面/シーン/光景 | 장면 | escena | scène | Szene | scena | cena | сцена
view | 景观/视野 | 眺め/景観 | 전망/뷰 | vista | vue | Aussicht/Blick/Ansicht | vista/veduta | vista | вид
night view | 夜景 | 夜景 | 야경 | vista nocturna | vue de nuit/vue nocturne | Nachtansicht | veduta notturna | vista noturna | ночной вид
masterpiece | 杰作/大师级 | 傑作 | 걸작/명작 | obra maestra | chef-d'œuvre | Meisterwerk | capolavoro | obra-prima | шедевр
high quality | 高质量/高品质/高清 | 高品質/高画質 | 고품질/고화질 | alta calidad | haute qualité | hohe Qualität | alta qualità | alta qualidade | высокое качество/в высоком качестве
acrylic painting | 丙烯画 | アクリル画 | 아크릴화 | pintura acrílica/acrílico | peinture acrylique/acrylique | Acrylmalerei | pittura acrilica | pintura acrílica | акриловая живопись
gouache | 水粉画 | ガッシュ/不透明水彩 | 과슈 | gouache/aguada | gouache | Gouache | guazzo/gouache | guache | гуашь
woodblock print | 木刻/版画 | 木版画/版画 | 목판화/판화 | grabado en madera/xilografía | gravure sur bois | Holzschnitt | xilografia | xilogravura | гравюра
crayon drawing | 蜡笔画 | クレヨン画/クレヨン | 크레용화/크레파스 | dibujo con crayones | dessin au crayon de couleur | Buntstiftzeichnung | disegno a pastelli | desenho de giz de cera | рисунок мелками
collage | 拼贴画/拼贴 | コラージュ | 콜라주 | collage | collage | Collage | collage | colagem | коллаж
cubism | 立体主义/立体派 | キュビズム | 입체파/큐비즘 | cubismo | cubisme | Kubismus | cubismo | cubismo | кубизм
renaissance | 文艺复兴 | ルネサンス | 르네상스 | renacimiento | renaissance | Renaissance | rinascimento | renascimento | ренессанс/возрождение
art deco | 装饰艺术 | アールデコ | 아르데코 | art déco | art déco | Art déco | art déco | art déco | ар-деко
expressionism | 表现主义 | 表現主義 | 표현주의 | expresionismo | expressionnisme | Expressionismus | espressionismo | expressionismo | экспрессионизм
claymation | 黏土动画 | クレイアニメ | 클레이 애니메이션 | plastilina/animación de plastilina | pâte à modeler | Knetanimation | plastilina | massinha | пластилиновая анимация
film photography | 胶片/胶片摄影 | フィルム写真/フィルム | 필름 사진 | fotografía analógica/película | photo argentique/argentique | Analogfotografie/analog | pellicola/fotografia analogica | fotografia analógica | плёночная фотография/плёнка
vector art | 矢量图/矢量插画 | ベクターアート | 벡터 아트 | arte vectorial | art vectoriel | Vektorgrafik | arte vettoriale | arte vetorial | векторная графика
fisheye | 鱼眼 | 魚眼 | 어안 | ojo de pez | fisheye/grand angle | Fischauge | fisheye | olho de peixe | рыбий глаз
long exposure | 长曝光 | 長時間露光 | 장노출 | larga exposición | pose longue | Langzeitbelichtung | lunga esposizione | longa exposição | длинная выдержка
@a colours
red | 红色/红/赤红 | 赤/赤い/紅/レッド | 빨간/빨간색/빨강/붉은 | rojo/colorado | rouge | rot | rosso | vermelho | красный
orange | 橙色/橘色/橙/橘 | オレンジ色/橙色 | 주황색/주황/오렌지색 | naranja/anaranjado | orange | orange | arancione | laranja | оранжевый
yellow | 黄色/黄 | 黄色/黄色い/イエロー | 노란/노란색/노랑 | amarillo | jaune | gelb | giallo | amarelo | жёлтый
green | 绿色/绿/翠绿 | 緑/緑色/グリーン | 초록색/초록/녹색/초록빛 | verde | vert | grün | verde | verde | зелёный
blue | 蓝色/蓝/湛蓝 | 青/青い/青色/ブルー | 파란/파란색/파랑/푸른/푸른색 | azul | bleu | blau | blu/azzurro | azul | синий/голубой
light blue | 淡蓝色/浅蓝色/天蓝色 | 水色 | 하늘색 | celeste/azul claro | bleu clair/bleu ciel | hellblau | celeste | azul-claro/azul claro | светло-синий
purple | 紫色/紫 | 紫/紫色/パープル | 보라색/보라/보랏빛 | morado/púrpura/violeta | violet/pourpre/mauve | lila/violett | viola | roxo/púrpura/violeta | фиолетовый/пурпурный/сиреневый
pink | 粉色/粉红色/粉红 | ピンク/桃色 | 분홍색/분홍/핑크 | rosado | rose pâle | rosa | rosato | cor-de-rosa | розовый
brown | 棕色/褐色/咖啡色 | 茶色/茶色い/ブラウン | 갈색 | marrón/castaño | brun/marron | braun | marrone | marrom/castanho | коричневый
black | 黑色/黑/漆黑 | 黒/黒い/ブラック | 검은/검은색/검정/까만 | negro | noir | schwarz | nero | preto/negro | чёрный
white | 白色/白/洁白 | 白/白い/ホワイト | 흰/흰색/하얀/하얀색 | blanco | blanc/blanche | weiß | bianco | branco | белый
gray | 灰色/灰 | 灰色/グレー | 회색 | gris | gris | grau | grigio | cinza/cinzento | серый
golden | 金色/金/金黄色 | 金色/金/ゴールド | 금색/금/황금 | dorado/oro | doré/or | golden/Gold | dorato/oro | dourado/ouro | золотой/золото
silver | 银色/银 | 銀色/銀/シルバー | 은색/은 | plateado/plata | argenté/argent | silbern/Silber | argentato/argento | prateado/prata | серебряный/серебро
turquoise | 青绿色/绿松石色 | ターコイズ/青緑 | 청록색 | turquesa | turquoise | türkis | turchese | turquesa | бирюзовый
crimson | 深红色/绯红 | 深紅/真紅 | 진홍색 | carmesí | cramoisi | karminrot/purpurrot | cremisi | carmesim | багровый/алый
blonde | 金发 | 金髪/ブロンド | 금발 | rubio | blond | blond | biondo | loiro/louro | светловолосый/блондинка
colorful | 彩色/五彩缤纷/多彩 | カラフル/色とりどり | 화려한/다채로운/알록달록한 | colorido/multicolor | coloré/multicolore | bunt/farbenfroh | colorato/variopinto | colorido | красочный/разноцветный
black and white | 黑白 | 白黒/モノクロ | 흑백 | blanco y negro | noir et blanc | schwarz-weiß/schwarzweiß | bianco e nero | preto e branco | чёрно-белый
monochrome | 单色 | モノクローム/単色 | 모노크롬 | monocromo/monocromático | monochrome | monochrom | monocromatico | monocromático | монохромный
pastel | 粉彩/马卡龙色 | パステル/パステルカラー | 파스텔 | colores pastel/tonos pastel | pastel | pastell/Pastell | pastello | pastel | пастельный
transparent | 透明 | 透明/透き通った | 투명한 | transparente | transparent | durchsichtig/transparent | trasparente | transparente | прозрачный
navy blue | 深蓝色/藏青色 | 紺色/紺/ネイビー | 남색 | azul marino/azul oscuro | bleu marine/bleu foncé | dunkelblau/marineblau | blu scuro/blu navy | azul-marinho/azul escuro | тёмно-синий
beige | 米色 | ベージュ | 베이지 | beige | beige | beige | beige | bege | бежевый
emerald green | 翠绿色/祖母绿 | エメラルドグリーン | 에메랄드빛 | verde esmeralda | vert émeraude | smaragdgrün | verde smeraldo | verde-esmeralda | изумрудный
@a materials
wooden | 木制/木质/木头/木头做的/木 | 木製/木造 | 나무로 된/목조 | de madera/madera | en bois/de bois/bois | hölzern/aus Holz/Holz | di legno/legno | de madeira/madeira | деревянный
stone | 石制/石头做的 | 石造り/石造 | 돌로 된/석조 | de piedra | en pierre/de pierre | steinern/aus Stein | di pietra | de pedra | каменный
metal | 金属 | 金属/メタル | 금속 | metal/metálico | métal/métallique | Metall/metallisch | metallo/metallico | metal/metálico | металл/металлический
iron | 铁 | 鉄 | 철/쇠 | hierro | fer | Eisen | ferro | ferro | железо/железный
steel | 钢/钢铁 | 鋼/鋼鉄 | 강철 | acero | acier | Stahl | acciaio | aço | сталь/стальной
glass | 玻璃 | ガラス/硝子 | 유리 | vidrio | verre | Glas | vetro | vidro | стекло/стеклянный
fabric | 布/布料 | 布 | 천/직물 | tela | tissu | Stoff | tessuto/stoffa | tecido | ткань
silk | 丝绸 | 絹/シルク | 비단/실크 | seda | soie | Seide | seta | seda | шёлк/шёлковый
leather | 皮革/皮 | 革/レザー | 가죽 | cuero | cuir | Leder | pelle/cuoio | couro | кожаный
marble | 大理石 | 大理石 | 대리석 | mármol | marbre | Marmor | marmo | mármore | мрамор/мраморный
brick | 砖/砖块 | レンガ/煉瓦 | 벽돌 | ladrillo | brique | Ziegel/Backstein | mattone | tijolo | кирпич/кирпичный
copper | 铜 | 銅 | 구리 | cobre | cuivre | Kupfer | rame | cobre | медь/медный
bronze | 青铜 | 青銅/ブロンズ | 청동 | bronce | bronze | Bronze | bronzo | bronze | бронза/бронзовый
porcelain | 瓷/瓷器 | 磁器/陶器 | 도자기 | porcelana | porcelaine | Porzellan | porcellana | porcelana | фарфор/фарфоровый
clay | 黏土/陶土 | 粘土 | 점토/찰흙 | arcilla/barro | argile | Ton/Lehm | argilla | argila/barro | глина/глиняный
wool | 羊毛/毛线 | 羊毛/ウール | 양모/울 | lana | laine | Wolle | lana | lã | шерсть/шерстяной
plastic | 塑料 | プラスチック | 플라스틱 | plástico | plastique | Plastik/Kunststoff | plastica | plástico | пластик/пластиковый
@a style adjectives
photorealistic | 照片级/照片级真实/超写实 | フォトリアル/写実的 | 포토리얼 | fotorrealista | photoréaliste | fotorealistisch | fotorealistico | fotorrealista | фотореалистичный
realistic | 写实/真实/逼真/现实 | リアル/リアルな/写実/リアル風 | 리얼한/현실적인/실사 | realista | réaliste | realistisch | realistico | realista | реалистичный
hyperrealistic | 超真实 | 超リアル/ハイパーリアル | 극사실적인/하이퍼리얼 | hiperrealista | hyperréaliste | hyperrealistisch | iperrealistico | hiper-realista | гиперреалистичный
cinematic | 电影感/电影级/电影风格 | 映画的/シネマティック | 영화 같은/시네마틱 | cinematográfico | cinématographique | filmisch/cineastisch | cinematografico | cinematográfico | кинематографичный
detailed | 细节丰富/精细/细腻/精致 | 精細/緻密/細密 | 디테일한/정교한/세밀한 | detallado | détaillé | detailliert/detailreich | dettagliato | detalhado | детальный/детализированный/подробный
minimalist | 极简/简约/极简主义 | ミニマル/ミニマリスト | 미니멀/미니멀한 | minimalista | minimaliste | minimalistisch | minimalista | minimalista | минималистичный/минимализм
surreal | 超现实/超现实主义 | シュール/超現実的 | 초현실적인/초현실주의 | surrealista/surreal | surréaliste | surreal/surrealistisch | surreale/surrealista | surreal/surrealista | сюрреалистичный/сюрреализм
gothic | 哥特/哥特式 | ゴシック | 고딕 | gótico | gothique | gotisch | gotico | gótico | готический
baroque | 巴洛克 | バロック | 바로크 | barroco | baroque | barock | barocco | barroco | барочный/барокко
isometric | 等距/等轴 | アイソメトリック | 아이소메트릭 | isométrico | isométrique | isometrisch | isometrico | isométrico | изометрический
vintage | 复古/怀旧/老式 | ヴィンテージ/レトロ/レトロ風 | 빈티지/레트로 | vintage/retro | vintage/rétro | Vintage/Retro | vintage/retrò | vintage/retrô | винтажный/ретро
Japanese | 日本的 | 日本の | 일본의/일본식 | japonés | japonais | japanisch | giapponese | japonês | японский
Chinese | 中式/中国的 | 中国の/中華 | 중국의/중국식 | chino | chinois | chinesisch | cinese | chinês | китайский
European | 欧式/欧洲的 | 西洋/洋風 | 유럽식/서양 | europeo | européen | europäisch | europeo | europeu | европейский
@a qualities and moods
destroyed | 被摧毁/毁灭 | 破壊された/崩壊した | 파괴된 | destruido | détruit | zerstört | distrutto | destruído | разрушенный
miniature | 微缩/迷你 | ミニチュア | 미니어처 | en miniatura | miniature | Miniatur | in miniatura | em miniatura | миниатюрный
ethereal | 空灵/缥缈 | 幻想的な/儚い | 몽환적인/천상의 | etéreo | éthéré | ätherisch | etereo | etéreo | эфирный/неземной
haunted | 闹鬼/鬼屋 | 幽霊の出る/呪われた | 귀신 들린 | embrujado/encantado | hanté | verwunschen/Spuk | infestato/stregato | assombrado | заколдованный/с привидениями
royal | 皇家/王室 | 王室の/王家の | 왕실의 | real | royal | königlich | reale | real | королевский/царский
dirty | 脏/肮脏 | 汚い/汚れた | 더러운 | sucio | sale | schmutzig | sporco | sujo | грязный
clean | 干净/整洁 | きれいな/清潔な | 깨끗한 | limpio | propre | sauber | pulito | limpo | чистый
mechanical | 机械/机械的 | 機械の/メカニカル | 기계의/기계식 | mecánico | mécanique | mechanisch | meccanico | mecânico | механический
post-apocalyptic | 末日/末世/废土 | 終末の/ポストアポカリプス | 종말 이후의/포스트 아포칼립스 | postapocalíptico | post-apocalyptique | postapokalyptisch | post-apocalittico | pós-apocalíptico | постапокалиптический
dystopian | 反乌托邦 | ディストピア | 디스토피아 | distópico | dystopique | dystopisch | distopico | distópico | антиутопический
overgrown | 杂草丛生/长满植物 | 草に覆われた/植物に覆われた | 풀이 무성한 | cubierto de vegetación | envahi par la végétation | überwuchert | ricoperto di vegetazione | coberto de vegetação | заросший
flooded | 被淹没/淹没 | 水没した | 물에 잠긴 | inundado | inondé/submergé | überflutet | allagato/sommerso | inundado/submerso | затопленный
underground | 地下 | 地下 | 지하 | subterráneo | souterrain | unterirdisch | sotterraneo | subterrâneo | подземный
muscular | 肌肉发达/健壮 | 筋肉質/マッチョ | 근육질의 | musculoso | musclé | muskulös | muscoloso | musculoso | мускулистый
curious | 好奇 | 好奇心旺盛な | 호기심 많은 | curioso | curieux | neugierig | curioso | curioso | любопытный
shy | 害羞 | 恥ずかしがり屋の/照れた | 수줍은 | tímido | timide | schüchtern | timido | tímido | застенчивый
tired | 疲惫/累 | 疲れた | 피곤한 | cansado | fatigué | müde | stanco | cansado | усталый
female | 女 | 女の | 여성 | femenino | féminin | weiblich | femminile | feminino | женский
parked | 停着/停 | 停まっている/駐車 | 주차된 | aparcado/estacionado | garé | geparkt | parcheggiato | estacionado | припаркованный
illuminated | 照亮/被照亮 | 照らされた/照らされる | 비춰진 | iluminado | éclairé/illuminé | beleuchtet | illuminato | iluminado | освещённый
covered | 覆盖/覆盖着 | 覆われた | 덮인 | cubierto | couvert | bedeckt | coperto | coberto | покрытый
unknown | 未知 | 未知の | 미지의 | desconocido | inconnu | unbekannt | sconosciuto | desconhecido | неизвестный
stormy | 暴风雨中 | 嵐の | 폭풍우 치는 | tormentoso | orageux/tempétueux | stürmisch | tempestoso | tempestuoso | штормовой/бурный
full | 满 | 満 | 가득 찬 | lleno | plein | voll | pieno | cheio | полный
tropical | 热带 | 熱帯/トロピカル | 열대/열대의 | tropical | tropical | tropisch | tropicale | tropical | тропический
Parisian | 巴黎的 | パリの | 파리의 | parisino | parisien | pariserisch | parigino | parisiense | парижский
Italian | 意大利的/意式 | イタリアの | 이탈리아의 | italiano | italien | italienisch | italiano | italiano | итальянский
French | 法式/法国的 | フランスの | 프랑스의 | francés | français | französisch | francese | francês | французский
Spanish | 西班牙的 | スペインの | 스페인의 | español | espagnol | spanisch | spagnolo | espanhol | испанский
German | 德国的 | ドイツの | 독일의 | alemán | allemand | deutsch | tedesco | alemão | немецкий
Russian | 俄罗斯的 | ロシアの | 러시아의 | ruso | russe | russisch | russo | russo | русский
Korean | 韩国的/韩式 | 韓国の | 한국의/한국식 | coreano | coréen | koreanisch | coreano | coreano | корейский
American | 美国的/美式 | アメリカの | 미국의/미국식 | estadounidense/americano | américain | amerikanisch | americano | americano | американский
enchanted | 被施了魔法的/魔法森林般 | 魅惑の/魔法にかかった | 마법에 걸린 | encantado | enchanté | verzaubert | incantato | encantado | заколдованный/зачарованный
ginger | 橘黄 | 赤毛 | 빨간 머리 | pelirrojo | roux | rothaarig | dai capelli rossi | ruivo | рыжий
steaming | 热气腾腾/冒着热气 | 湯気の立つ/ほかほか | 김이 나는 | humeante | fumant | dampfend | fumante | fumegante | дымящийся
very | 很/非常/十分/特别 | とても/すごく/非常に | 아주/매우/정말/너무 | muy | très | sehr | molto | muito | очень
beautiful | 美丽/漂亮/美/唯美 | 美しい/綺麗/きれい | 아름다운/예쁜 | hermoso/bello/bonito/lindo | beau/belle/bel/beaux* | schön/wunderschön | bello/bellissimo | bonito/belo/lindo | красивый/прекрасный
cute | 可爱/萌 | 可愛い/かわいい/カワイイ | 귀여운 | adorable/tierno | mignon/mignonne/adorable | süß/niedlich | carino/adorabile | fofo/adorável/fofinho | милый/симпатичный
handsome | 英俊/帅气/帅 | ハンサム/イケメン | 잘생긴 | guapo | séduisant | hübsch/gutaussehend | affascinante | charmoso | привлекательный
elegant | 优雅/高雅 | 優雅/エレガント/上品 | 우아한 | elegante | élégant | elegant | elegante | elegante | элегантный/изящный
cool | 酷 | かっこいい/格好いい/クール | 멋진/쿨한 | genial/chulo/guay | cool/stylé | cool/lässig | figo/fico | legal/maneiro | крутой
scary | 可怕/吓人 | 怖い/恐ろしい | 무서운 | aterrador/terrorífico/de miedo | effrayant/terrifiant | gruselig/unheimlich/schaurig | spaventoso/pauroso | assustador/aterrorizante | страшный/жуткий
mysterious | 神秘/神秘的 | 神秘的/ミステリアス/謎めいた | 신비로운/신비한 | misterioso | mystérieux | geheimnisvoll/mysteriös | misterioso | misterioso | таинственный/загадочный
magical | 神奇/魔幻般 | 魔法の/マジカル | 마법의/마법 같은 | mágico | magique | magisch/zauberhaft | magico | mágico | волшебный/магический
dreamy | 梦幻/梦境般 | 幻想的/夢のような | 몽환적인/꿈같은 | onírico/de ensueño/soñador | onirique/rêveur | traumhaft/verträumt | onirico/sognante | onírico/sonhador | мечтательный/сказочный
peaceful | 宁静/平静/安详/祥和/安静 | 穏やか/のどか/静か/静かな | 평화로운/고요한/조용한 | tranquilo/apacible/pacífico/sereno | paisible/tranquille/serein/calme | friedlich/ruhig/still | tranquillo/pacifico/sereno/calmo | tranquilo/pacífico/sereno/calmo | мирный/спокойный/безмятежный/тихий
lonely | 孤独/寂寞/孤单 | 孤独/寂しい/さびしい | 외로운/쓸쓸한 | solitario/solo | solitaire/seul | einsam | solitario/solo | solitário/sozinho/só | одинокий
sad | 悲伤/难过/忧伤 | 悲しい/哀しい | 슬픈 | triste | triste | traurig | triste | triste | грустный/печальный
happy | 快乐/开心/高兴/幸福 | 幸せ/嬉しい/楽しい | 행복한/즐거운/기쁜 | feliz/alegre/contento | heureux/joyeux/content | glücklich/fröhlich | felice/allegro/contento | feliz/alegre/contente | счастливый/весёлый/радостный
romantic | 浪漫 | ロマンチック/ロマンティック | 낭만적인/로맨틱한 | romántico | romantique | romantisch | romantico | romântico | романтичный/романтический
cozy | 温馨/舒适/惬意 | 居心地の良い/心地よい | 아늑한 | acogedor | douillet/chaleureux/cosy | gemütlich/behaglich | accogliente | aconchegante | уютный
warm | 温暖/暖/暖色 | 暖かい/温かい | 따뜻한 | cálido/caliente | chaud | warm | caldo | quente/caloroso | тёплый
cold | 寒冷/冷/冰冷 | 寒い/冷たい | 추운/차가운 | frío | froid | kalt | freddo | frio | холодный
hot | 炎热/热 | 暑い/熱い | 더운/뜨거운 | caluroso | brûlant | heiß | rovente | escaldante | жаркий/горячий
dark | 黑暗/暗/昏暗/阴暗 | 暗い/暗黒/ダーク | 어두운/어둑한 | oscuro/sombrío | sombre/obscur | dunkel/finster/düster | scuro/buio/oscuro | escuro/sombrio | тёмный/мрачный
bright | 明亮/光明/明媚 | 明るい | 밝은 | luminoso/claro | lumineux/clair | hell | luminoso/chiaro | claro/luminoso | яркий/светлый
gloomy | 阴郁/忧郁/阴沉 | 陰鬱/憂鬱 | 우울한/음침한 | lúgubre/melancólico | lugubre/mélancolique | trüb/melancholisch | cupo/malinconico | melancólico/lúgubre | хмурый/унылый/меланхоличный
epic | 史诗/史诗般/壮观/宏大 | 壮大/壮観/エピック | 웅장한/장엄한/에픽 | épico | épique | episch | epico | épico | эпический/эпичный
majestic | 雄伟/壮丽/宏伟 | 雄大/荘厳 | 위엄 있는 | majestuoso/imponente | majestueux/grandiose | majestätisch/prächtig | maestoso/imponente | majestoso/imponente | величественный
ancient | 古代/古老/远古/上古 | 古代/太古/古の | 고대/고대의 | antiguo/ancestral | ancien/antique | antik/uralt/altertümlich | antico | antigo/ancestral | древний/старинный
old | 旧/老/破旧/古旧 | 古い/ふるい/古びた | 오래된/낡은/늙은 | viejo | vieux/vieille/vieil | alt | vecchio | velho | старый
new | 新/崭新 | 新しい | 새로운 | nuevo | nouveau/nouvelle/neuf | neu | nuovo | novo | новый
modern | 现代/现代化 | 現代/現代的/モダン | 현대적인/모던한/현대 | moderno | moderne | modern | moderno | moderno | современный
futuristic | 未来/未来感/未来主义 | 未来的/近未来/未来 | 미래적인/미래/근미래 | futurista | futuriste | futuristisch | futuristico | futurista | футуристический
medieval | 中世纪 | 中世/中世の | 중세/중세의 | medieval | médiéval | mittelalterlich/Mittelalter | medievale/medioevale | medieval | средневековый/средневековье
traditional | 传统 | 伝統的/伝統的な | 전통/전통적인 | tradicional | traditionnel | traditionell | tradizionale | tradicional | традиционный
small | 小/小小的 | 小さい/小さな/ちいさな/小 | 작은/조그만 | pequeño | petit | klein | piccolo | pequeno | маленький/небольшой
tiny | 微小/迷你 | ちっちゃい/ミニ | 조그마한/미니 | diminuto/minúsculo/pequeñito | minuscule/tout petit | winzig/klitzeklein | minuscolo/piccolissimo | minúsculo/pequenino | крошечный/крохотный
big | 大/庞大 | 大きい/大きな/でかい/大 | 큰/커다란 | grande/gran | grand/grande/gros/grosse | groß | grande/grosso | grande | большой/крупный
huge | 巨大 | 巨大/巨大な | 거대한 | enorme/gigantesco/inmenso | énorme/gigantesque/immense | riesig/gewaltig/riesengroß | enorme/gigantesco/immenso | enorme/gigantesco/imenso | огромный/гигантский
tall | 高/高大/高耸 | 高い/背の高い | 높은/키가 큰 | alto | haut | hoch | alto | alto | высокий
long | 长/长长的 | 長い | 긴 | largo | long/longue | lang | lungo | longo/comprido | длинный/долгий
short | 短 | 短い | 짧은 | corto | court/courte | kurz | corto | curto | короткий
round | 圆/圆形 | 丸い/円形 | 둥근 | redondo | rond | rund | rotondo | redondo | круглый
young | 年轻/年轻的 | 若い | 젊은/어린 | joven | jeune | jung | giovane | jovem | молодой/юный
strong | 强壮/强大 | 強い/たくましい | 강한/강인한 | fuerte | fort/puissant | stark/kräftig | forte/potente | forte | сильный/мощный
brave | 勇敢 | 勇敢な/勇ましい | 용감한 | valiente | courageux/brave | mutig/tapfer | coraggioso | corajoso/valente | храбрый/смелый
wild | 野生/狂野 | 野生の/ワイルド | 야생의/야생 | salvaje | sauvage | wild | selvaggio | selvagem | дикий
fierce | 凶猛/凶狠 | 獰猛な/凶暴な | 사나운/맹렬한 | feroz/fiero | féroce | grimmig | feroce | feroz | свирепый/яростный
angry | 愤怒/生气 | 怒った/怒り | 화난 | enfadado/enojado/furioso | en colère/furieux/fâché | wütend/zornig | arrabbiato/furioso | zangado/bravo/furioso | сердитый/злой
smiling | 微笑的/笑着 | 笑顔の/微笑む | 웃는/미소 짓는 | sonriente/sonriendo | souriant/souriante | lächelnd/lächelt | sorridente | sorridente/sorrindo | улыбающийся/улыбается
sleepy | 困倦/昏昏欲睡 | 眠そうな/眠い | 졸린 | somnoliento/dormilón | somnolent | schläfrig/verschlafen | assonnato | sonolento | сонный
wet | 湿/湿漉漉/潮湿 | 濡れた/びしょ濡れ | 젖은 | mojado/húmedo | mouillé/humide | nass/feucht | bagnato/umido | molhado/úmido | мокрый/влажный
shiny | 闪亮/闪闪发光/亮晶晶 | キラキラ/ピカピカ | 반짝이는 | brillante/reluciente | brillant/scintillant/étincelant | glänzend/funkelnd | lucido/scintillante/luccicante | brilhante/reluzente | блестящий/сверкающий
glowing | 发光/发光的/闪耀 | 光る/発光/光り輝く | 빛나는/발광하는 | resplandeciente/luminiscente | luminescent/rayonnant | leuchtend/glühend | splendente | resplandecente | светящийся/сияющий
fluffy | 毛茸茸/蓬松 | ふわふわ/もふもふ | 푹신한/복슬복슬한 | esponjoso/peludo | duveteux/moelleux/pelucheux | flauschig/fluffig | soffice/peloso | felpudo/macio | пушистый
soft | 柔软/柔和 | 柔らかい/柔らかな/ソフト | 부드러운 | suave/blando | doux/douce | weich/sanft | morbido | suave | мягкий/нежный
broken | 破碎/破损/坏 | 壊れた/割れた | 부서진/깨진 | roto | cassé/brisé | kaputt/zerbrochen | rotto | quebrado | сломанный/разбитый
abandoned | 废弃/荒废/被遗弃 | 廃れた/打ち捨てられた | 버려진/폐허가 된 | abandonado | abandonné | verlassen | abbandonato | abandonado | заброшенный
empty | 空/空荡荡/空旷 | 空っぽ/誰もいない | 텅 빈/빈 | vacío | vide | leer | vuoto | vazio | пустой
crowded | 拥挤/热闹 | 混雑した/賑やか | 붐비는/북적이는 | abarrotado/concurrido/lleno de gente | bondé/animé | überfüllt/belebt | affollato | lotado/movimentado | людный/многолюдный
rusty | 生锈/锈迹斑斑 | 錆びた/さびた | 녹슨 | oxidado | rouillé | rostig | arrugginito | enferrujado | ржавый
snowy | 下雪/积雪/白雪皑皑/雪白 | 雪の | 눈 덮인/눈 내리는 | nevado/cubierto de nieve | enneigé/neigeux | verschneit/schneebedeckt | innevato/nevoso | nevado/coberto de neve | снежный/заснеженный
rainy | 下雨/雨天/多雨 | 雨の/雨降り | 비 오는/비 내리는 | lluvioso | pluvieux | regnerisch | piovoso | chuvoso | дождливый
sunny | 晴天/晴朗/阳光明媚/晴 | 晴れ/晴れた/快晴 | 맑은/화창한 | soleado | ensoleillé | sonnig | soleggiato | ensolarado | солнечный
cloudy | 多云/阴天 | 曇り/曇った | 흐린/구름 낀 | nublado | nuageux | bewölkt/wolkig | nuvoloso | nublado | облачный/пасмурный
foggy | 雾蒙蒙/朦胧/多雾 | 霧の/霧がかった | 안개 낀 | brumoso/neblinoso | brumeux | neblig | nebbioso | nebuloso/enevoado | туманный
starry | 繁星/满天星/星光闪烁 | 星降る/満天の星 | 별이 빛나는 | estrellado | étoilé | sternenklar | stellato | estrelado | звёздный
deep | 深/深邃 | 深い | 깊은 | profundo | profond | tief | profondo | profundo | глубокий
distant | 远/遥远/远方 | 遠い/遠く/遥か | 먼/멀리 | lejano/distante | lointain | fern/entfernt | lontano | distante/longínquo | далёкий/дальний
sweet | 甜/甜美 | 甘い | 달콤한 | dulce | sucré | süßlich | dolce | doce | сладкий
delicious | 美味/好吃/可口 | 美味しい/おいしい/おいしそう/美味しそう | 맛있는 | delicioso/rico | délicieux | lecker/köstlich | delizioso/gustoso | delicioso/gostoso | вкусный/аппетитный
fresh | 新鲜 | 新鮮な/フレッシュ | 신선한/싱그러운 | fresco | frais/fraîche | frisch | fresco | fresco | свежий
luxurious | 豪华/奢华 | 豪華/豪華な/贅沢な | 호화로운/럭셔리한 | lujoso | luxueux | luxuriös | lussuoso | luxuoso | роскошный
simple | 简单/简洁 | シンプル/簡素な | 단순한/심플한 | simple/sencillo | simple | einfach/schlicht | semplice | simples | простой
vivid | 鲜艳/鲜明 | 鮮やか/鮮明 | 선명한/생생한 | vívido/vivo/intenso | vif/vive/éclatant | lebendig/kräftig | vivido/vivace | vívido/vivo | насыщенный
pale | 苍白/淡 | 淡い/青白い | 창백한/연한 | pálido | pâle | blass/bleich | pallido | pálido | бледный
holy | 神圣 | 神聖な/聖なる | 신성한/성스러운 | sagrado/santo | sacré/saint | heilig | sacro/santo | sagrado/santo | священный/святой
evil | 邪恶 | 邪悪な/悪の | 사악한 | malvado/maligno | maléfique/malfaisant | böse | malvagio | maligno/maléfico | злобный
strange | 奇怪/诡异/奇异 | 奇妙な/不思議な | 이상한/기묘한 | extraño/raro | étrange/bizarre | seltsam/merkwürdig | strano/bizzarro | estranho | странный
funny | 有趣/搞笑/滑稽 | 面白い/おもしろい | 재미있는/웃긴 | divertido/gracioso | drôle/amusant | lustig/witzig | divertente/buffo | engraçado/divertido | смешной/забавный
gentle | 温柔/温和 | 優しい | 상냥한/온화한 | amable | gentil/tendre | zärtlich/freundlich | gentile/tenero | gentil/meigo | добрый
frozen | 冰冻/结冰/冻结 | 凍った/凍りついた | 얼어붙은/얼은 | congelado | gelé/glacé/figé | gefroren/vereist | ghiacciato/congelato | congelado | замёрзший
icy | 冰雪 | 氷の/凍てつく | 얼음의/얼음 같은 | gélido/glacial | glacial | eisig | gelido/glaciale | gélido/glacial | ледяной
burning | 燃烧/燃烧的/着火 | 燃える/燃え盛る | 불타는 | ardiendo/en llamas/ardiente | en feu/enflammé | brennend/lodernd | in fiamme/ardente | em chamas/ardente | горящий/пылающий
floating | 漂浮/悬浮/浮空 | 浮かぶ/浮遊 | 떠 있는/떠다니는 | flotante/flotando/flota | flottant/flotte | schwebend/schwebt | galleggiante/fluttuante/fluttua/fluttuando | flutuante/flutuando/flutua | парящий/плавающий/парит
fat | 胖/胖乎乎/圆滚滚 | 太った/ぽっちゃり | 뚱뚱한/통통한 | gordo/gordito | gras/dodu | dick/pummelig | grasso/cicciottello | gordo/gordinho | толстый/пухлый
thin | 瘦/苗条 | 痩せた/細い | 마른/날씬한 | delgado/flaco | mince/maigre | dünn/schlank | magro/snello | magro/fino | худой/тонкий/стройный
hidden | 隐藏/隐秘/秘密 | 隠れた/秘密の | 숨겨진/비밀의 | oculto/escondido/secreto | caché/secret | versteckt/verborgen/geheim | nascosto/segreto | escondido/oculto/secreto | скрытый/тайный/секретный
fast | 快/快速/飞快 | 速い/高速 | 빠른 | rápido/veloz | rapide | schnell | veloce/rapido | rápido/veloz | быстрый
@v verbs of scenes
walking | 走/走路/行走/散步/漫步 | 歩く/歩/散歩 | 걷는/걷고/걸어가는/산책하는 | caminando/camina/andando/anda/paseando/pasea | marchant/marche/se promenant/se promène | gehend/geht/spazierend/spaziert | camminando/cammina/passeggiando/passeggia | andando/anda/caminhando/caminha/passeando | идущий/идёт/гуляет/гуляющий/шагающий
running | 跑/奔跑/跑步 | 走る/走/駆ける | 달리는/뛰는/달리고 | corriendo/corre | courant/court | laufend/läuft/rennend/rennt | correndo/corre | correndo/corre | бегущий/бежит/бегает
flying | 飞/飞翔/飞行/翱翔/飞舞 | 飛ぶ/飛/空飛ぶ | 날아가는/날아다니는/비행하는/나는 | volando/vuela/volador/voladora | volant/vole | fliegend/fliegt | volando/vola | voando/voa | летящий/летит/летает/летающий
swimming | 游泳/游 | 泳ぐ/泳 | 수영하는/헤엄치는 | nadando | nageant/nage | schwimmend/schwimmt | nuotando/nuota | nadando | плывущий/плывёт/плавает
sitting | 坐/坐着 | 座る/座 | 앉아 있는/앉은/앉아있는 | sentado | assis/assise | sitzend/sitzt | seduto | sentado | сидящий/сидит
standing | 站/站着/伫立/矗立 | 立つ/立/佇む | 서 있는/서있는 | de pie/parado | debout | stehend/steht | in piedi | em pé/de pé | стоящий/стоит
lying | 躺/躺着 | 寝そべる/横たわる/寝転ぶ | 누워 있는/누운 | tumbado/acostado/tendido | allongé/couché | liegend/liegt | sdraiato/disteso | deitado | лежащий/лежит
sleeping | 睡觉/睡着/熟睡/沉睡/睡 | 眠る/眠/寝る/寝 | 자는/잠자는/잠든/자고/자고 있는 | durmiendo/duerme/dormido | dormant/dort/endormi | schlafend/schläft | dormendo/dorme/addormentato | dormindo/dorme/adormecido | спящий/спит
reading | 看书/读书/阅读 | 読書/読む/読 | 책을 읽는/읽는/독서하는 | leyendo/lee | lisant | lesend/liest | leggendo/legge | lendo/lê | читающий/читает
writing | 写字/写作/写 | 書く/書 | 쓰는/글을 쓰는 | escribiendo/escribe | écrivant/écrit | schreibend/schreibt | scrivendo/scrive | escrevendo/escreve | пишущий/пишет
painting | 画画/作画 | 描く/描 | 그림을 그리는/그리는 | pintando/pinta | peignant/peint | malend/malt | dipingendo/dipinge | pintando/pinta | рисующий/рисует
singing | 唱歌/歌唱/唱 | 歌う/歌 | 노래하는/노래 부르는 | cantando/canta | chantant/chante | singend/singt | cantando/canta | cantando/canta | поющий/поёт
dancing | 跳舞/舞蹈/起舞 | 踊る/踊/ダンス | 춤추는/춤을 추는 | bailando/baila/danzando | dansant/danse | tanzend/tanzt | ballando/balla/danzando | dançando/dança | танцующий/танцует
playing | 玩/玩耍/嬉戏 | 遊ぶ/遊 | 노는/놀고 있는/놀고/뛰어노는/뛰어놀고 | jugando/juega | jouant/joue | spielend/spielt | giocando/gioca | brincando/brinca/jogando/joga | играющий/играет
eating | 吃/进食 | 食べる/食 | 먹는/먹고 있는 | comiendo/come | mangeant/mange | essend/isst/frisst | mangiando/mangia | comendo/come | едящий/ест/кушает
drinking | 喝/品尝 | 飲む/飲 | 마시는 | bebiendo/bebe | buvant/boit | trinkend/trinkt | bevendo/beve | bebendo/bebe | пьющий/пьёт
cooking | 做饭/烹饪/煮 | 料理する | 요리하는 | cocinando/preparando | cuisinant/préparant/prépare | kochend/kocht | cucinando | cozinhando | готовящий/готовит
watering | 浇水/洒水 | 水をやる/水やり/水を撒く | 물을 주는/물 주는/물주는 | regando/riega | arrosant/arrose | gießend/gießt/bewässert | annaffiando/annaffia | regando/rega | поливающий/поливает
gardening | 园艺 | 園芸/ガーデニング | 원예/정원 가꾸기 | jardinería | jardinage | Gartenarbeit | giardinaggio | jardinagem | садоводство
fishing | 钓鱼 | 釣り/釣る | 낚시하는/낚시 | pescando/pesca | pêchant/pêche | angelnd/angelt | pescando/pesca | pescando/pesca | рыбачащий/рыбачит/рыбалка/ловит рыбу/ловящий рыбу
fighting | 战斗/打斗/搏斗 | 戦う/戦闘/戦 | 싸우는/전투하는 | luchando/lucha/peleando/pelea | combattant/combat/se battant | kämpfend/kämpft/Kampf | combattendo/combatte/lottando | lutando/luta/combatendo | сражающийся/сражается/дерётся
riding | 骑/骑着/骑马 | 乗る/乗 | 타는/탄/타고 있는 | montando/monta/cabalgando | chevauchant/chevauche/à cheval | reitend/reitet | cavalcando/cavalca | montando/monta/cavalgando | едущий/едет/верхом
driving | 开车/驾驶 | 運転する/運転 | 운전하는 | conduciendo/conduce/manejando | conduisant/conduit | fahrend/fährt | guidando/guida | dirigindo/dirige | за рулём/ведёт
jumping | 跳/跳跃 | 跳ぶ/跳ねる/ジャンプ | 뛰어오르는/점프하는 | saltando/salta | sautant/saute | springend/springt | saltando/salta | pulando/pula/saltando | прыгающий/прыгает
climbing | 爬/攀登/攀爬 | 登る/登 | 오르는/등반하는 | escalando/escala/trepando | grimpant/grimpe | kletternd/klettert | arrampicando/scalando | escalando/escala | карабкающийся/взбирается/лезет
falling | 落/落下/飘落/坠落 | 落ちる/落/舞い散る/降る/降 | 떨어지는/내리는 | cayendo/cae | tombant/tombe | fallend/fällt | cadendo/cade | caindo/cai | падающий/падает
laughing | 大笑/欢笑/笑 | 笑う/笑 | 웃고 있는 | riendo/ríe | riant/rit | lachend/lacht | ridendo/ride | rindo/ri | смеющийся/смеётся
crying | 哭/哭泣/流泪 | 泣く/泣 | 우는/울고 있는 | llorando/llora | pleurant/pleure | weinend/weint | piangendo/piange | chorando/chora | плачущий/плачет
looking | 看/看着/望着/凝视/眺望 | 見る/見つめる/眺める/見上げる | 보는/바라보는/바라본 | mirando/mira/observando | regardant/regarde/contemplant | schauend/schaut/blickt/betrachtet | guardando/guarda/osservando | olhando/olha/observando | смотрящий/смотрит/глядит
holding | 拿着/抱着/手持/握着/拿/撑着/撑 | 持つ/持 | 들고 있는/든/안고 있는 | sosteniendo/sostiene | tenant/tient | haltend/hält | tenendo/tiene | segurando/segura | держащий/держит
hugging | 拥抱/抱 | 抱きしめる/抱く/ハグ | 안는/껴안은/포옹하는 | abrazando/abraza | embrassant/câlinant | umarmend/umarmt | abbracciando/abbraccia | abraçando/abraça | обнимающий/обнимает
kissing | 亲吻/接吻 | キス/キスする | 키스하는 | besando/besa | s'embrassant | küssend/küsst | baciando/bacia | beijando/beija | целующий/целует/целуются
waiting | 等/等待/等候 | 待つ/待 | 기다리는 | esperando/espera | attendant/attend | wartend/wartet | aspettando/aspetta | esperando/espera | ждущий/ждёт
talking | 说话/聊天/交谈 | 話す/話/おしゃべり | 이야기하는/말하는 | hablando/habla/charlando | parlant/parle/discutant | sprechend/spricht/redend | parlando/parla | falando/fala/conversando | говорящий/говорит/разговаривает
dreaming | 做梦 | 夢見る | 꿈꾸는 | soñando/sueña | rêvant | träumend/träumt | sognando/sogna | sonhando/sonha | мечтающий/мечтает
praying | 祈祷/祷告 | 祈る/祈 | 기도하는 | rezando/reza/orando | priant/prie | betend/betet | pregando/prega | rezando/reza/orando | молящийся/молится
working | 工作/劳作 | 働く/働/仕事 | 일하는 | trabajando/trabaja | travaillant/travaille | arbeitend/arbeitet | lavorando/lavora | trabalhando/trabalha | работающий/работает
studying | 学习 | 勉強/勉強する | 공부하는 | estudiando/estudia | étudiant | lernend/lernt | studiando/studia | estudando/estuda | учится/изучает
traveling | 旅行/旅游/旅途 | 旅/旅行/旅する | 여행하는/여행 | viajando/viaja | voyageant/voyage | reisend/reist/Reise | viaggiando/viaggia | viajando/viaja | путешествующий/путешествует
exploring | 探索/探险 | 探検/探索 | 탐험하는 | explorando/explora | explorant/explore | erkundend/erkundet | esplorando/esplora | explorando/explora | исследует
hunting | 狩猎/打猎 | 狩り/狩る | 사냥하는 | cazando/caza | chassant/chasse | jagend/jagt | cacciando/caccia | caçando/caça | охотящийся/охотится/охота
blooming | 盛开/绽放/开花/开满 | 咲く/咲/咲き誇る/満開 | 피어난/피어 있는/만개한/핀 | floreciendo/florece/en flor/florecido | fleuri/en fleurs/fleurissant | blühend/blüht | fiorito/in fiore/fiorente | florescendo/florido/em flor | цветущий/цветёт
shining | 照耀/闪耀/照 | 照らす/輝く/輝 | 비추는/빛나고 있는 | brillando/brilla/iluminando | brille/éclairant | scheinend/scheint/leuchtet | splendendo/splende | brilhando/brilha | сияет/светит
melting | 融化/消融 | 溶ける/溶 | 녹는/녹아내리는 | derritiéndose/derretido | fondant | schmelzend/schmilzt | sciogliendo/sciolto | derretendo/derretido | тающий/тает
flowing | 流/流淌/流动 | 流れる/流 | 흐르는 | fluyendo/fluye | coulant/coule | fließend/fließt | scorrendo/scorre | fluindo/flui | текущий/течёт
wearing | 穿/穿着/身穿/戴/戴着 | 着た/着る/被った/身につけた | 입은/입고 있는/쓴/쓰고 있는 | vestido de/llevando/lleva | portant/vêtu de/habillé en | tragend/trägt | indossando/indossa/con indosso/vestito di | vestindo/veste/usando | одетый в/носит
carrying | 背着/扛着/提着/带着 | 背負う/運ぶ | 메고 있는/업은 | cargando/carga | transportant | schleppend | portando/porta | carregando/carrega | несущий/несёт
sailing | 航行/扬帆 | 航海/帆走 | 항해하는 | navegando/navega | naviguant/navigue | segelnd/segelt | navigando/naviga | navegando/navega | плывущий под парусом
surfing | 冲浪 | サーフィン | 서핑하는 | surfeando | surfant | surfend | surfando | surfando | серфинг
skiing | 滑雪 | スキー | 스키 타는 | esquiando | skiant | Skifahren | sciando | esquiando | катающийся на лыжах
camping | 露营 | キャンプする | 캠핑하는 | acampando | campant/camping | zeltend/Camping | campeggiando | acampando | в походе
meditating | 冥想/打坐 | 瞑想 | 명상하는 | meditando | méditant | meditierend | meditando | meditando | медитирующий/медитирует
casting a spell | 施法/施展魔法/念咒 | 呪文を唱える/詠唱 | 마법을 쓰는/주문을 외우는/주문을 외우고 | lanzando un hechizo | lançant un sort | zaubernd | lanciando un incantesimo | lançando um feitiço | колдующий/колдует
snowing | 下着雪/飘雪 | 雪が降る/降雪 | 눈이 내리는/눈 오는 | nevando/nieva | il neige/neigeant | schneit/schneiend | nevica/nevicando | nevando/neva | идёт снег/снегопад
raining | 下着雨 | 雨が降る | 비가 내리는 | lloviendo/llueve | il pleut/pleuvant | regnet/regnend | piove/piovendo | chovendo/chove | идёт дождь
chanting | 吟唱/念诵 | 唱える/唱え | 외우는/외우고 | recitando | récitant | rezitierend | recitando | recitando | произносящий
landing | 降落/着陆 | 着陸する/着陸 | 착륙하는 | aterrizando/aterriza | atterrissant/atterrit | landend/landet | atterrando/atterra | pousando/aterrissando | приземляющийся/приземляется
howling | 嚎叫/嗥叫 | 遠吠え/吠える | 울부짖는/울고 | aullando/aúlla | hurlant/hurle | heulend/heult | ululando/ulula | uivando/uiva | воющий/воет
kneeling | 跪/跪着 | 跪く/ひざまずく | 무릎 꿇은 | arrodillado | agenouillé | kniend/kniet | inginocchiato | ajoelhado | стоящий на коленях
hiding | 躲/躲藏/藏 | 隠れる/隠れている | 숨어 있는/숨은 | escondido/escondiéndose | caché/se cachant | versteckt sich | nascosto | escondido/escondendo-se | прячущийся/прячется
waving | 挥手/招手 | 手を振る | 손을 흔드는 | saludando | saluant/faisant signe | winkend/winkt | salutando | acenando | машущий/машет
diving | 潜水 | 潜る/ダイビング | 잠수하는/다이빙하는 | buceando | plongeant/plonge | tauchend/taucht | immergendosi | mergulhando | ныряющий/ныряет
chasing | 追/追逐/追赶 | 追いかける | 쫓는/쫓아가는 | persiguiendo/persigue | poursuivant/poursuit | jagend hinter | inseguendo/insegue | perseguindo/persegue | преследующий/гонится
resting | 休息/歇息 | 休む/休憩 | 쉬는/휴식하는 | descansando/descansa | se reposant/se repose | ruhend/ruht/ausruhend | riposando/riposa | descansando/descansa | отдыхающий/отдыхает
roaring | 咆哮/怒吼 | 吠える/咆哮 | 포효하는 | rugiendo/ruge | rugissant/rugit | brüllend/brüllt | ruggendo/ruggisce | rugindo/ruge | рычащий/рычит
growing | 生长/长出 | 育つ/生える | 자라는 | creciendo/crece | poussant/pousse | wachsend/wächst | crescendo/cresce | crescendo/cresce | растущий/растёт
shopping | 购物/逛街 | 買い物 | 쇼핑하는 | de compras/comprando | faisant du shopping | einkaufend/kauft ein | facendo shopping | fazendo compras | делающий покупки
yawning | 打哈欠 | あくびをする/あくび | 하품하는 | bostezando/bosteza | bâillant/bâille | gähnend/gähnt | sbadigliando/sbadiglia | bocejando/boceja | зевающий/зевает
leaning | 靠着/倚着 | もたれる/寄りかかる | 기대어 있는/기댄 | apoyado/recostado | appuyé/adossé | lehnend/lehnt | appoggiato | encostado | прислонившийся
@p adpositions
in | 里/里面/中/之中/内/当中 | 中/なか | 속/안 | en/dentro de | dans/en | in/im | in/nel/nella/dentro | em/dentro de | в/во
on | 上/上面/之上 | 上/うえ | 위 | sobre/encima de | sur | auf | su/sul/sulla | sobre/em cima de | на
under | 下/下面/底下/之下 | 下/した | 아래/밑 | bajo/debajo de | sous | unter | sotto | sob/debaixo de/embaixo de | под
above | 上空/上方 | 上空 | 상공 | por encima de | au-dessus de/au-dessus | über | sopra | acima de | над
beside | 旁边/旁/边/边上/畔 | 横/隣/傍/そば/脇 | 옆 | junto a/al lado de | à côté de | neben | accanto a | ao lado de/junto a | рядом с
near | 附近 | 近く/付近 | 근처/가까이 | cerca de | près de | nahe/bei | vicino a/vicino | perto de | около/возле/у
in front of | 前/前面/前方 | 前 | 앞 | delante de/frente a/ante | devant | vor | davanti a/di fronte a | em frente a/diante de | перед
behind | 后/后面/背后/身后 | 後ろ/裏/背後 | 뒤 | detrás de/tras | derrière | hinter | dietro | atrás de/detrás de | за/позади
between | 之间/中间/间 | 間/あいだ | 사이 | entre | entre/parmi | zwischen | tra/fra | entre | между
around | 周围/四周/周边 | 周り/周囲/まわり | 주위/주변 | alrededor de/en torno a | autour de | um/rund um | intorno a/attorno a | ao redor de/em volta de | вокруг
outside | 外/外面/之外 | 外 | 밖 | fuera de | hors de/dehors | außerhalb/draußen | fuori | fora de | снаружи/вне
through | - | 通り抜ける | 통과하는 | a través de | à travers | durch | attraverso | através de | через/сквозь
toward | - | 向かって | 향해/향하는 | hacia | vers | in Richtung | verso | em direção a/rumo a | к/навстречу
@q quantities
two | 两/二/俩 | 二/ふたつ/二つ/二人 | 두/둘 | dos | deux | zwei | due | dois/duas | два/две/двое
three | 三 | 三/みっつ/三つ | 세/셋 | tres | trois | drei | tre | três | три/трое
four | 四 | 四/四つ | 네/넷 | cuatro | quatre | vier | quattro | quatro | четыре
five | 五 | 五/五つ | 다섯 | cinco | cinq | fünf | cinque | cinco | пять
many | 许多/很多/好多/众多/无数 | 沢山/たくさん/多くの/無数の | 많은/수많은 | muchos/muchas/numerosos | beaucoup de/de nombreux/plein de | viele/zahlreiche | molti/molte/tanti | muitos/muitas/vários | много/множество
several | 几/一些/若干 | いくつか/数匹 | 몇/여러/몇몇 | varios/varias/algunos/unos cuantos | plusieurs/quelques | einige/mehrere/ein paar | alcuni/alcune/diversi/qualche | alguns/algumas | несколько
pile of | 一堆 | 山積みの | 더미 | montón de | tas de | Haufen | mucchio di | monte de/pilha de | куча
group of | 一群/群 | 群れ | 무리/떼 | grupo de/manada de/bandada de | groupe de/troupeau de/nuée de | Gruppe/Herde/Schwarm | gruppo di/branco di/stormo di | grupo de/bando de/manada de | группа/стая/стадо
@x other
together | 一起/一同 | 一緒に/共に | 함께/같이 | juntos/juntas | ensemble | zusammen/gemeinsam | insieme | juntos | вместе
alone | 独自/一个人/独自一人 | 一人で/ひとりで/独り | 혼자/홀로 | a solas | tout seul | allein | da solo/da sola | sozinho | в одиночестве
"""

EXTRAS = {
    "zh": """的=^; 之=^; 地=; 得=; 了=; 着=; 过=; 在=|; 正在=|; 从=|; 于=|; 和=and; 与=and; 跟=and; 及=and;
        以及=and; 还有=and; 或=or; 或者=or; 也=; 都=; 是=; 有=with; 带着=with; 没有=without; 无=without;
        超=very; 超级=very; 太=very; 最=most; 更=more; 请=; 帮我=; 给我=; 帮我画=; 给我画=; 请画=; 画一=;
        生成=; 生成一=; 来=; 来一=; 我想要=; 我要=; 想要=; 我=; 你=; 他=; 她=; 它=; 们=; 吧=; 呢=; 啊=; 吗=;
        般的=; 一样的=; 像=like; 浇花=watering flowers; 穿过=through; 穿越=through; 透过=through; 朝=toward; 朝着=toward; 向=toward; 面向=toward; 环绕=surrounded by; 放=; 放在=|; 堆满=full of; 充满=full of; 满是=full of; 布满=full of; 只=; 个=; 座=; 朵=; 辆=; 匹=; 棵=; 幅=; 栋=; 艘=;
        盏=; 颗=; 一碗=bowl of; 一杯=cup of; 一盘=plate of; 一瓶=bottle of; 一束=bouquet of""",
    "ja": """の=^; にある=^; にいる=^; な=; が=|; は=|; を=|; に=|; で=|; へ=; も=|; から=from; まで=; より=; や=and;
        と=and; そして=and; または=or; か=; です=; だ=; である=; ます=; ください=; 下さい=; 描いて=;
        描いてください=; 生成して=; 作って=; お願いします=; お願い=; イラスト=illustration; 一つの=;
        ような=; みたいな=""",
    "ko": """그리고=and; 또는=or; 및=and; 그려줘=; 그려 줘=; 그려주세요=; 그려 주세요=; 만들어줘=; 만들어 줘=;
        생성해줘=; 생성해 줘=; 보여줘=; 있는=; 있다=; 하는=; 한=; 된=; 입니다=; 이다=; 이=; 그=; 저=; 마리=; 명=;
        한 개=; 두 개=two; 세 개=three; 네 개=four; 여러 개=several; 빗속=in the rain; 밤에=at night""",
    "es": """el=; la=; los=; las=; lo=; un=; una=; unos=; unas=; de=of; del=of; al=; a=; y=and; e=and; o=or; u=or;
        con=with; sin=without; para=for; por=through; durante=during; contra=against; que=; como=like; su=; sus=; mi=; mis=; tu=; tus=; es=; son=;
        está=; están=; estar=; hay=; ser=; se=; le=; les=; me=; te=; nos=; este=; esta=; estos=; estas=;
        ese=; esa=; aquel=; aquella=; más=more; tan=; también=; dibuja=; dibújame=; dibujar=; genera=;
        genérame=; generar=; crea=; créame=; crear=; haz=; hazme=; hacer=; quiero=; quisiera=;
        me gustaría=; muestra=; muéstrame=; por favor=; imagen de=; una imagen de=; foto de=photo of;
        de noche=at night; por la noche=at night; en la noche=at night; al atardecer=at sunset;
        al amanecer=at dawn; bajo la lluvia=in the rain; a la luz de la luna=in moonlight;
        al estilo de=in the style of; lleno de=full of; cubierto de nieve=snow-covered;
        en el fondo=in the background; de fondo=in the background""",
    "fr": """le=; la=; les=; un=; une=; des=; du=of; de=of; au=; à=; et=and; ou=or; avec=with; sans=without;
        pour=for; par=by; pendant=during; contre=against; qui=; que=; est=; sont=; il=; elle=; ils=; elles=; y=; il y a=; ce=; cet=; cette=;
        ces=; son=; sa=; ses=; mon=; ma=; mes=; se=; en train de=; plus=more; aussi=; dessine=;
        dessine-moi=; dessiner=; génère=; générer=; crée=; créer=; fais=; fais-moi=; faire=; montre-moi=;
        je veux=; je voudrais=; aimerais=; voudrais=; veux=; il te plaît=; il vous plaît=; une image de=;
        image de=; de nuit=at night; au coucher du soleil=at sunset; au lever du soleil=at sunrise; au crépuscule=at dusk; à aube=at dawn; aux=with;
        sous la pluie=in the rain; au clair de lune=in moonlight; dans le style de=in the style of;
        à la manière de=in the style of; plein de=full of; couvert de neige=snow-covered""",
    "de": """der=; die=; das=; den=; dem=; des=; ein=; eine=; einen=; einem=; einer=; eines=; und=and; oder=or;
        ihr=; ihre=; ihrer=; ihren=; ihrem=; seiner=; seinen=; seinem=; mein=; meine=; mit=with; ohne=without; für=for; während=during; gegen=against; von=of; vom=of; zum=; zur=; aus=from; zu=; bei=at; beim=at; am=;
        an=; ist=; sind=; es gibt=; gibt=; es=; sein=; seine=; sich=; welche=; welcher=; dass=;
        auch=; zeichne=; zeichnen=; zeichne mir=; male=; malen=; generiere=; erstelle=; erzeuge=; mach=;
        mache=; mir=; bitte=; ich möchte=; ich will=; möchte=; ein bild von=; bild von=;
        in der nacht=at night; bei nacht=at night; nachts=at night; bei sonnenuntergang=at sunset;
        im regen=in the rain; im mondlicht=in moonlight; im stil von=in the style of; voller=full of""",
    "it": """il=; lo=; la=; i=; gli=; le=; un=; uno=; una=; di=of; del=of; della=of; dello=of; dei=of; degli=of;
        delle=of; e=and; ed=and; o=or; con=with; col=with; senza=without; per=for; durante=during; contro=against; da=from; dal=from;
        dalla=from; a=; al=; alla=; allo=; ai=; alle=; nei=in; negli=in; nelle=in; nello=in; sui=on;
        sulle=on; sullo=on; che=; è=; sono=; ci sono=; ci=; suo=; sua=; suoi=; sue=; mio=; mia=;
        questo=; questa=; quello=; quella=; più=more; anche=; disegna=; disegnami=; disegnare=; genera=;
        generami=; crea=; creami=; fai=; fammi=; voglio=; vorrei=; mostrami=; per favore=; immagine di=;
        di notte=at night; al tramonto=at sunset; sotto la pioggia=in the rain;
        al chiaro di luna=in moonlight; nello stile di=in the style of; in stile=in the style of;
        pieno di=full of; coperto di neve=snow-covered""",
    "pt": """o=; a=; os=; as=; um=; uma=; uns=; umas=; de=of; do=of; da=of; dos=of; das=of; no=in; na=in; nos=in;
        nas=in; num=in; numa=in; ao=; à=; aos=; às=; e=and; ou=or; com=with; sem=without; para=for; durante=during; contra=against;
        pra=for; por=; pelo=; pela=; que=; é=; são=; está=; estão=; há=; tem=; seu=; sua=; seus=; suas=;
        meu=; minha=; este=; esta=; esse=; essa=; mais=more; também=; desenhe=; desenha=; desenhar=;
        crie=; cria=; criar=; gere=; gera=; gerar=; faça=; faz=; quero=; gostaria=; me mostre=; mostre=;
        por favor=; uma imagem de=; imagem de=; à noite=at night; de noite=at night;
        ao pôr do sol=at sunset; ao entardecer=at sunset; ao amanhecer=at dawn; na chuva=in the rain;
        sob a chuva=in the rain; ao luar=in moonlight; no estilo de=in the style of; cheio de=full of;
        coberto de neve=snow-covered""",
    "ru": """с=with; со=with; без=without; во время=during; против=against; и=and; или=or; а=; но=; из=from; от=from; по=; для=for; о=; об=;
        про=; это=; этот=; эта=; есть=; который=; которая=; которое=; которые=; его=; её=; их=; свой=;
        ещё=; нарисуй=; нарисуйте=; нарисовать=; сгенерируй=; создай=; сделай=; покажи=; хочу=;
        пожалуйста=; ночью=at night; вечером=in the evening; утром=in the morning; днём=during the day;
        на закате=at sunset; на рассвете=at dawn; под дождём=in the rain; при лунном свете=in moonlight;
        в стиле=in the style of""",
}

# Chinese and Japanese put a counter between a numeral and its noun (一只猫, 三匹の猫): every
# numeral+counter pair below glosses as the numeral alone.
COUNTERS = {
    "zh": ("一= 两=two 二=two 三=three 四=four 五=five 六=six 七=seven 八=eight 九=nine 十=ten 几=several "
           "这= 那= 每=every 许多=many 很多=many",
           "只 个 座 条 片 朵 辆 位 名 头 匹 棵 张 幅 把 本 间 栋 艘 架 件 颗 块 对 双 盏 支 根 串 束 轮 道 家"),
    "ja": ("一= 二=two 三=three 四=four 五=five 六=six 七=seven 八=eight 九=nine 十=ten 数=several 何=several",
           "匹 羽 頭 人 つ 本 台 枚 個 軒 隻 体 輪 冊 杯 着 基 機"),
}

# Korean endings glued to the word before them: "" drops one, "^" links like 의 (of), "+" makes
# the noun plural, anything else is its English.
PARTICLES = {
    "ko": "이=| 가=| 은=| 는=| 을=| 를=| 의=^ 에=| 에서=| 에게=| 으로=| 로=| 와=and 과=and 도=| 만= 하고=and "
          "랑=and 이랑=and 처럼=like 까지= 부터= 보다= 한테= 에는=| 에서는=| 으로는=| 에도=| 들=+",
}

# Inflected ending > dictionary ending, "*" when the inflection is a plural. Tried in order on
# the word as written, then without accents; the first form found in the table wins.
RULES = {
    "es": "esa>és esas>és* eses>és* ces>z* es>* s>* as>o* a>o itos>o* itas>a* ito>o ita>a illo>o illa>a ora>or oras>or* "
          "ando>ar iendo>er iendo>ir a>ar e>er e>ir an>ar en>er en>ir",
    "fr": "aux>al* eaux>eau* x>* s>* es>* e> ée>é ées>é* euse>eur euses>eur* rice>eur ive>if ives>if* "
          "elle>el elles>el* enne>en ennes>en* ère>er ères>er* ette>et ettes>et* ant>er e>er ent>e ent>er",
    "de": "e>* en>* n>* er>* s>* es>* ern>* nen>* em> en>t t>en et>en end>en ende>en enden>en ender>en endes>en",
    "it": "i>o* i>e* e>a* e>o* he>a* che>co* ghe>go* chi>co* ghi>go* a>o ina>a ino>o ando>are endo>ere "
          "endo>ire a>are e>ere e>ire ano>are ono>ere ono>ire",
    "pt": "esa>ês esas>ês* eses>ês* ões>ão* ães>ão* ãos>ão* ns>m* is>l* éis>el* eis>el* óis>ol* es>* s>* as>o* a>o inho>o inha>a "
          "inhos>o* inhas>a* ora>or oras>or* ando>ar endo>er indo>ir a>ar e>er e>ir am>ar em>er em>ir",
    # Russian case endings onto the nominative endings; plural cases are marked.
    "ru": " ".join(f"{case}>{nominative}{'*' if case in ('ами ями ов ев ам ям ах ях ы и'.split()) else ''}"
                   for case in "ами ями ого его ому ему ыми ими ой ей ом ем ую юю ая яя ое ее ые ие ых их "
                               "ов ев ам ям ах ях ым им ы и а я у ю е о ь й".split()
                   for nominative in ("", "а", "я", "о", "е", "ь", "й", "ый", "ий", "ой", "ое", "ее"))
    + " ют>ет ят>ит ут>ет ат>ит",  # third person plural onto the singular the table lists
}

# Elided articles and prepositions split off the word they lean on (l'arbre, dell'acqua).
ELISIONS = {
    "fr": frozenset("l d j m n s t c qu jusqu lorsqu puisqu".split()),
    "it": frozenset("l d un dell nell all dall sull coll quell bell sant c tutt".split()),
}

# Shortest part of a closed compound worth splitting (Schneeberg, 밤하늘).
COMPOUND_MIN = {"de": 3, "ko": 1}

# Vowels that drop out of a Russian stem when it is inflected (замок/замка, ветер/ветра).
FLEETING = {"ru": "ое"}

ADJECTIVE_AFTER_NOUN = ("es", "fr", "it", "pt")
NUMERAL_AFTER_NOUN = ("ko",)  # 강아지 두 마리: "puppy two"
POSTPOSITIONS = ("zh", "ja", "ko")

# Ukrainian shares much of its visual vocabulary with Russian; the rest is reported unknown.
FALLBACK = {"uk": "ru"}

# Traditional Chinese characters folded onto the simplified ones the zh column is written in,
# as pairs: traditional then simplified.
_TRADITIONAL_PAIRS = (
    "龍龙貓猫鳥鸟魚鱼馬马車车門门風风雲云燈灯電电畫画書书華华麗丽陽阳樹树葉叶橋桥劍剑騎骑戰战機机飛飞藍蓝"
    "紅红綠绿黃黄銀银鐵铁銅铜寶宝島岛場场園园國国東东長长師师們们個个這这來来時时間间後后現现實实寫写語语"
    "夢梦點点燒烧煙烟雞鸡鴨鸭鵝鹅鷹鹰豬猪隻只條条頭头張张輛辆雙双對对盞盏顆颗塊块漁渔獵猎醫医護护學学廳厅"
    "館馆廟庙鐘钟鏡镜櫃柜牆墙頂顶樓楼廈厦廠厂農农莊庄帳帐藥药傘伞籠笼蠟蜡燭烛鑽钻槍枪蟲虫鯨鲸鯊鲨蝦虾龜龟"
    "獅狮霧雾閃闪陰阴曉晓濕湿凍冻溫温熱热涼凉靜静寧宁獨独憂忧傷伤樂乐愛爱祕秘偉伟壯壮舊旧傳传統统廣广圓圆"
    "遠远輕轻強强兇凶廢废鏽锈積积滿满鮮鲜豐丰簡简聖圣惡恶詭诡懸悬結结飄飘墜坠駕驾駛驶著着聽听說说話话禱祷"
    "勞劳習习遊游險险開开綻绽帶带衝冲營营煉炼極极環环繞绕邊边裡里裏里週周圍围離离楓枫櫻樱蓮莲麥麦蘭兰鬱郁"
    "藝艺術术攝摄動动圖图數数碼码鉛铅筆笔線线繪绘貼贴紙纸紋纹標标質质細细膩腻緻致傑杰復复懷怀體体幾几許许"
    "兩两與与還还沒没無无請请幫帮給给讓让從从於于為为麼么嗎吗歡欢輪轮飯饭麵面湯汤餃饺餅饼乾干蘋苹檸柠蘿萝"
    "蔔卜飲饮廚厨臥卧衛卫讀读買买賣卖錢钱幣币鑰钥鎖锁鏈链繩绳織织絲丝綢绸羅罗磚砖鋼钢異异誕诞節节萬万屍尸"
    "殭僵喪丧靈灵獸兽鳳凤鷲鹫鴉鸦鸚鹦鵡鹉鶴鹤螢萤鱷鳄駱骆駝驼頸颈蝟猬獺獭倉仓鯉鲤錦锦鱗鳞軍军隊队將将領领"
    "俠侠盜盗賊贼員员記记偵侦僕仆嬰婴兒儿婦妇爺爷媽妈侶侣宮宫閣阁臺台檯台鎮镇縣县區区遺遗跡迹墳坟灘滩嶼屿"
    "灣湾叢丛峽峡嶺岭壩坝暉晖輝辉燦灿爛烂氣气颱台颶飓澆浇捲卷寵宠築筑鬧闹擁拥擠挤漿浆礦矿團团驚惊嚇吓聳耸鎧铠"
    "鋪铺劇剧爍烁擊击戲戏臉脸髮发鬍胡鬚须淚泪膚肤親亲賽赛艦舰渦涡饅馒鍋锅燉炖餚肴寢寝醬酱嬌娇態态滾滚漲涨"
    "濤涛瀾澜鸞鸾壺壶盃杯彎弯劃划撲扑")
TRADITIONAL = str.maketrans(dict(zip(_TRADITIONAL_PAIRS[::2], _TRADITIONAL_PAIRS[1::2], strict=True)))

# English words that carry no content on their own; a foreign request quoting them stays foreign.
ENGLISH_FUNCTION = frozenset(
    "a an the of in on at to by for with without from into onto over under above below behind near next "
    "beside between among around through and or but nor is are was were be been being am it its this that "
    "these those there here his her hers their my your our me him them she he they we you i who which "
    "what where when how why not no yes as than then so very too also some any all each every both one "
    "while if do does did has have had can could will would should may might must just only up down out "
    "off like please make draw create generate show give want image picture".split())

# Detection-only languages: frequent words, with a few visual ones, that mark each.
STOPWORDS = {lang: frozenset(words.split()) for lang, words in {
    "nl": "de het een en van op met zijn bij naar onder boven voor achter naast tussen door uit om aan ook "
          "dat deze dit er niet kat hond huis boom zee strand bos nacht zon maan ster bloem bloemen meisje "
          "jongen vrouw kleine grote mooie oude rode blauwe groene witte zwarte",
    "pl": "w na z ze do od pod nad przed za jest są się nie to jak że dla przy po o u kot pies dom las noc "
          "dziewczyna chłopiec mały duży piękny stary czerwony niebieski zielony biały czarny",
    "tr": "ve bir bu şu ile için da de ta te çok gibi olan veya ama altında üstünde içinde yanında önünde "
          "kedi köpek ev orman gece güneş ay yıldız çiçek kız erkek küçük büyük güzel eski kırmızı mavi yeşil "
          "beyaz siyah",
    "vi": "của và một những các trong trên với là có ở cho này đó được người không rất con cái chiếc mèo chó "
          "nhà rừng đêm mặt trời trăng sao hoa cô gái bé nhỏ lớn đẹp cũ đỏ xanh trắng đen",
}.items()}

# Letters that point at one Latin-script language.
DIACRITICS = {
    "es": "ñ", "fr": "çèêëœàâîïôûù", "de": "äöüß", "it": "ìò", "pt": "ãõ", "pl": "ąćęłńśźż", "tr": "ğış",
    "vi": "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}

# Latin-script languages detect_language weighs, in the order ties are settled.
LATIN = ("es", "fr", "de", "it", "pt", "nl", "pl", "tr", "vi")

_IRREGULAR = (
    "man men woman women child children person people mouse mice goose geese foot feet tooth teeth "
    "wolf wolves leaf leaves knife knives elf elves shelf shelves thief thieves life lives dwarf dwarves "
    "fish fish sheep sheep deer deer samurai samurai ninja ninja koi koi cactus cacti bus buses "
    "octopus octopuses lotus lotuses hero heroes tomato tomatoes potato potatoes volcano volcanoes "
    "human humans fisherman fishermen snowman snowmen").split()
IRREGULAR_PLURALS = dict(zip(_IRREGULAR[::2], _IRREGULAR[1::2], strict=True))

UNCOUNTABLE = frozenset((
    "hair snow rain fog mist grass water sand smoke fire ice wood metal iron steel gold silver glass silk "
    "leather marble wool cotton paper rice bread meat cheese honey milk tea coffee wine beer juice food art "
    "magic nature weather lightning thunder wind darkness moonlight sunlight starlight candlelight wheat "
    "bamboo moss lava clay porcelain energy love chocolate armor furniture blood anime manga "
    "landscape scenery space").split())
