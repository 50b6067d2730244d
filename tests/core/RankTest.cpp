// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Rank.h"

#include "tests/support/TestSupport.h"

#include <algorithm>

using namespace kinerja;

TEST_CASE("Rank knows the pangkat of every PNS golongan ruang in the table", "[core][rank]")
{
    struct Row
    {
        int golongan;
        char ruang;
        const char* code;
        const char* pangkat;
    };
    const Row rows[] = {
        {1, 'a', "I/a", "Juru Muda"},
        {1, 'b', "I/b", "Juru Muda Tingkat I"},
        {1, 'c', "I/c", "Juru"},
        {1, 'd', "I/d", "Juru Tingkat I"},
        {2, 'a', "II/a", "Pengatur Muda"},
        {2, 'b', "II/b", "Pengatur Muda Tingkat I"},
        {2, 'c', "II/c", "Pengatur"},
        {2, 'd', "II/d", "Pengatur Tingkat I"},
        {3, 'a', "III/a", "Penata Muda"},
        {3, 'b', "III/b", "Penata Muda Tingkat I"},
        {3, 'c', "III/c", "Penata"},
        {3, 'd', "III/d", "Penata Tingkat I"},
        {4, 'a', "IV/a", "Pembina"},
        {4, 'b', "IV/b", "Pembina Tingkat I"},
        {4, 'c', "IV/c", "Pembina Utama Muda"},
        {4, 'd', "IV/d", "Pembina Utama Madya"},
        {4, 'e', "IV/e", "Pembina Utama"},
    };
    const auto all = Rank::allPns();
    REQUIRE(all.size() == 17);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Row& row = rows[i];
        const auto rank = Rank::pns(row.golongan, row.ruang);
        REQUIRE(rank.has_value());
        CHECK(*rank == all.at(i));
        CHECK(rank->kind() == EmployeeKind::Pns);
        CHECK(rank->code() == QString::fromLatin1(row.code));
        CHECK(rank->pangkatName() == QString::fromLatin1(row.pangkat));
        CHECK(rank->printable() == QStringLiteral("%1, %2").arg(QString::fromLatin1(row.pangkat), rank->code()));
        const auto parsed = Rank::parse(QString::fromLatin1(row.code));
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == *rank);
        const auto byName = Rank::parse(QString::fromLatin1(row.pangkat));
        REQUIRE(byName.ok());
        CHECK(byName.value() == *rank);
    }
}

TEST_CASE("Rank prints a PNS rank as \"Penata, III/c\"", "[core][rank]")
{
    CHECK(Rank::pns(3, 'c')->printable() == QStringLiteral("Penata, III/c"));
    CHECK(Rank::pns(3, 'd')->printable() == QStringLiteral("Penata Tingkat I, III/d"));
}

TEST_CASE("Rank knows the 17 PPPK golongan, which have no pangkat name", "[core][rank]")
{
    const QStringList codes {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
        QStringLiteral("V"), QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII"), QStringLiteral("IX"),
        QStringLiteral("X"), QStringLiteral("XI"), QStringLiteral("XII"), QStringLiteral("XIII"), QStringLiteral("XIV"),
        QStringLiteral("XV"), QStringLiteral("XVI"), QStringLiteral("XVII")};
    const auto all = Rank::allPppk();
    REQUIRE(all.size() == 17);
    for (int golongan = 1; golongan <= 17; ++golongan) {
        const auto rank = Rank::pppk(golongan);
        REQUIRE(rank.has_value());
        CHECK(*rank == all.at(golongan - 1));
        CHECK(rank->kind() == EmployeeKind::Pppk);
        CHECK(rank->golongan() == golongan);
        CHECK(rank->code() == codes.at(golongan - 1));
        CHECK(rank->pangkatName().isEmpty());
        CHECK(rank->printable() == QStringLiteral("Golongan ") + codes.at(golongan - 1));
        CHECK(Rank::parse(codes.at(golongan - 1)).value() == *rank);
        CHECK(Rank::parse(QString::number(golongan)).value() == *rank);
    }
    CHECK(Rank::pppk(9)->printable() == QStringLiteral("Golongan IX"));
}

TEST_CASE("Rank parses the ways people write a golongan ruang", "[core][rank]")
{
    const auto penata = *Rank::pns(3, 'c');
    for (const auto& text : {QStringLiteral("III/c"), QStringLiteral("iii/c"), QStringLiteral("3c"),
             QStringLiteral("3/c"), QStringLiteral("III-c"), QStringLiteral("III c"), QStringLiteral(" III/C "),
             QStringLiteral("Penata"), QStringLiteral("penata, III/c")}) {
        const auto rank = Rank::parse(text);
        INFO(text.toStdString());
        REQUIRE(rank.ok());
        CHECK(rank.value() == penata);
    }
    CHECK(Rank::parse(QStringLiteral("Penata Tk. I")).value() == *Rank::pns(3, 'd'));
    CHECK(Rank::parse(QStringLiteral("IV/e")).value() == *Rank::pns(4, 'e'));
    CHECK(Rank::parse(QStringLiteral("Golongan IX")).value() == *Rank::pppk(9));
    CHECK(Rank::parse(QStringLiteral("Gol. XI")).value() == *Rank::pppk(11));
}

TEST_CASE("Rank rejects codes that do not exist", "[core][rank]")
{
    CHECK_FALSE(Rank::pns(2, 'e').has_value());
    CHECK_FALSE(Rank::pns(5, 'a').has_value());
    CHECK_FALSE(Rank::pppk(0).has_value());
    CHECK_FALSE(Rank::pppk(18).has_value());
    for (const auto& text : {QStringLiteral("II/e"), QStringLiteral("V/a"), QStringLiteral("XVIII"),
             QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("IIII")}) {
        const auto rank = Rank::parse(text);
        INFO(text.toStdString());
        CHECK_FALSE(rank.ok());
        CHECK(rank.error().contains(text));
    }
    CHECK(Rank::parse(QString()).error() == QStringLiteral("The pangkat/golongan is empty."));
}

TEST_CASE("Rank parse checks the rank against the kind of employee", "[core][rank]")
{
    CHECK(Rank::parse(QStringLiteral("III/c"), EmployeeKind::Pns).ok());
    CHECK(Rank::parse(QStringLiteral("IX"), EmployeeKind::Pppk).ok());
    const auto pnsWithoutRuang = Rank::parse(QStringLiteral("III"), EmployeeKind::Pns);
    REQUIRE_FALSE(pnsWithoutRuang.ok());
    CHECK(pnsWithoutRuang.error()
        == QStringLiteral("\"III\" is a PPPK golongan, but a PNS needs a golongan ruang such as III/c."));
    CHECK_FALSE(Rank::parse(QStringLiteral("III/c"), EmployeeKind::Pppk).ok());
}

TEST_CASE("Rank orders golongan ruang from I/a to IV/e and PPPK from I to XVII", "[core][rank]")
{
    CHECK(*Rank::pns(1, 'a') < *Rank::pns(1, 'b'));
    CHECK(*Rank::pns(2, 'd') < *Rank::pns(3, 'a'));
    CHECK(*Rank::pns(3, 'c') < *Rank::pns(3, 'd'));
    CHECK(*Rank::pns(4, 'e') > *Rank::pns(4, 'd'));
    CHECK(*Rank::pppk(9) < *Rank::pppk(10));
    CHECK(*Rank::pppk(17) > *Rank::pppk(2));
    const auto pns = Rank::allPns();
    CHECK(std::is_sorted(pns.begin(), pns.end()));
    const auto pppk = Rank::allPppk();
    CHECK(std::is_sorted(pppk.begin(), pppk.end()));
}
