// Common hypocorisms of given names: the one reviewed nickname table.
//
// No nickname list is packaged on the Debian or npm registries, so this table was written by hand from common
// English usage and reviewed against the standard reference lists of English diminutives (Wikipedia, "List of
// English given names" and "Hypocorism"; the Oxford Dictionary of First Names), plus the most frequent Russian,
// Spanish and German diminutives that news copy uses for public figures. Only forms that are in common use as a
// name of the same person are listed: a pair here means "the same given name", never "a similar name".
// Each line: nickname, full form (several lines when a nickname has several full forms).
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::detail {

const std::vector<std::pair<std::string_view, std::string_view>>& nickname_table() {
    static const std::vector<std::pair<std::string_view, std::string_view>> table = {
        {"abe", "abraham"},     {"al", "albert"},        {"al", "alan"},          {"al", "alfred"},
        {"alex", "alexander"},  {"alex", "alexandra"},   {"alec", "alexander"},   {"sandy", "alexander"},
        {"sasha", "alexander"}, {"sasha", "alexandra"},  {"andy", "andrew"},      {"drew", "andrew"},
        {"tony", "anthony"},    {"toni", "antonia"},     {"archie", "archibald"}, {"art", "arthur"},
        {"barb", "barbara"},    {"barbie", "barbara"},   {"ben", "benjamin"},     {"benny", "benjamin"},
        {"bernie", "bernard"},  {"bert", "albert"},      {"bert", "herbert"},     {"bert", "robert"},
        {"betty", "elizabeth"}, {"beth", "elizabeth"},   {"liz", "elizabeth"},    {"lizzie", "elizabeth"},
        {"libby", "elizabeth"}, {"eliza", "elizabeth"},  {"bill", "william"},     {"billy", "william"},
        {"will", "william"},    {"willy", "william"},    {"liam", "william"},     {"bob", "robert"},
        {"bobby", "robert"},    {"rob", "robert"},       {"robbie", "robert"},    {"bert", "robert"},
        {"brad", "bradley"},    {"cathy", "catherine"},  {"kate", "catherine"},   {"katie", "catherine"},
        {"cathy", "kathryn"},   {"kate", "katherine"},   {"kathy", "katherine"},  {"katie", "katherine"},
        {"kat", "katherine"},   {"charlie", "charles"},  {"chuck", "charles"},    {"chas", "charles"},
        {"chris", "christopher"}, {"chris", "christine"}, {"chris", "christina"}, {"chris", "christian"},
        {"kit", "christopher"}, {"cindy", "cynthia"},    {"cliff", "clifford"},   {"dan", "daniel"},
        {"danny", "daniel"},    {"dave", "david"},       {"davy", "david"},       {"deb", "deborah"},
        {"debbie", "deborah"},  {"dick", "richard"},     {"rick", "richard"},     {"rich", "richard"},
        {"ricky", "richard"},   {"rich", "richard"},     {"don", "donald"},       {"donny", "donald"},
        {"doug", "douglas"},    {"ed", "edward"},        {"eddie", "edward"},     {"ned", "edward"},
        {"ted", "edward"},      {"ted", "theodore"},     {"teddy", "theodore"},   {"theo", "theodore"},
        {"ed", "edwin"},        {"ed", "edmund"},        {"fred", "frederick"},   {"freddie", "frederick"},
        {"fred", "alfred"},     {"frank", "francis"},    {"frankie", "francis"},  {"fran", "frances"},
        {"gabe", "gabriel"},    {"gene", "eugene"},      {"geoff", "geoffrey"},   {"jeff", "jeffrey"},
        {"jeff", "geoffrey"},   {"gerry", "gerald"},     {"jerry", "gerald"},     {"jerry", "jerome"},
        {"greg", "gregory"},    {"hal", "henry"},        {"hank", "henry"},       {"harry", "henry"},
        {"herb", "herbert"},    {"ike", "isaac"},        {"jack", "john"},        {"johnny", "john"},
        {"jon", "jonathan"},    {"jake", "jacob"},       {"jim", "james"},        {"jimmy", "james"},
        {"jamie", "james"},     {"jan", "janet"},        {"jen", "jennifer"},     {"jenny", "jennifer"},
        {"jess", "jessica"},    {"jessie", "jessica"},   {"joe", "joseph"},       {"joey", "joseph"},
        {"jo", "joanne"},       {"jo", "josephine"},     {"josh", "joshua"},      {"judy", "judith"},
        {"ken", "kenneth"},     {"kenny", "kenneth"},    {"larry", "lawrence"},   {"larry", "laurence"},
        {"len", "leonard"},     {"lenny", "leonard"},    {"leo", "leonard"},      {"lou", "louis"},
        {"lou", "louise"},      {"maggie", "margaret"},  {"meg", "margaret"},     {"peggy", "margaret"},
        {"marge", "margaret"},  {"matt", "matthew"},     {"matty", "matthew"},    {"max", "maximilian"},
        {"mike", "michael"},    {"mick", "michael"},     {"mickey", "michael"},   {"mitch", "mitchell"},
        {"molly", "mary"},      {"polly", "mary"},       {"nancy", "ann"},        {"nate", "nathan"},
        {"nate", "nathaniel"},  {"nat", "nathaniel"},    {"nick", "nicholas"},    {"nicky", "nicholas"},
        {"nikki", "nicole"},    {"pam", "pamela"},       {"pat", "patrick"},      {"pat", "patricia"},
        {"patty", "patricia"},  {"paddy", "patrick"},    {"pete", "peter"},       {"phil", "philip"},
        {"phil", "phillip"},    {"ray", "raymond"},      {"ron", "ronald"},       {"ronnie", "ronald"},
        {"russ", "russell"},    {"sam", "samuel"},       {"sammy", "samuel"},     {"sam", "samantha"},
        {"sandy", "sandra"},    {"steve", "stephen"},    {"steve", "steven"},     {"stevie", "stephen"},
        {"sue", "susan"},       {"susie", "susan"},      {"suzy", "susan"},       {"stan", "stanley"},
        {"terry", "terence"},   {"terry", "theresa"},    {"tom", "thomas"},       {"tommy", "thomas"},
        {"tim", "timothy"},     {"timmy", "timothy"},    {"val", "valerie"},      {"vic", "victor"},
        {"vicky", "victoria"},  {"vince", "vincent"},    {"walt", "walter"},      {"wally", "walter"},
        {"zach", "zachary"},    {"zack", "zachary"},
        // Russian and other diminutives common in news copy.
        {"volodya", "vladimir"}, {"vova", "vladimir"},   {"misha", "mikhail"},    {"kolya", "nikolai"},
        {"dima", "dmitry"},     {"sergey", "sergei"},    {"seryozha", "sergei"},  {"tolya", "anatoly"},
        {"yura", "yuri"},       {"pasha", "pavel"},      {"lyosha", "alexei"},    {"alyosha", "alexei"},
        {"pepe", "jose"},       {"paco", "francisco"},   {"nacho", "ignacio"},    {"lula", "luiz"},
    };
    return table;
}

}  // namespace crosscheck::detail
