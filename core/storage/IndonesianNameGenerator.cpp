// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/IndonesianNameGenerator.h"

#include "core/storage/DemoRandom.h"

#include <QStringList>

namespace kinerja {

namespace {

const QList<QString>& maleFirstNames()
{
    static const QList<QString> names {QStringLiteral("Ahmad"), QStringLiteral("Muhammad"), QStringLiteral("Budi"),
        QStringLiteral("Rudi"), QStringLiteral("Hendra"), QStringLiteral("Joko"), QStringLiteral("Agus"),
        QStringLiteral("Dedi"), QStringLiteral("Eko"), QStringLiteral("Fajar"), QStringLiteral("Hasan"),
        QStringLiteral("Irwan"), QStringLiteral("Zulkifli"), QStringLiteral("Syahrial"), QStringLiteral("Firdaus"),
        QStringLiteral("Rahmat"), QStringLiteral("Yusuf"), QStringLiteral("Arief"), QStringLiteral("Bambang"),
        QStringLiteral("Hendri"), QStringLiteral("Taufik"), QStringLiteral("Andi"), QStringLiteral("Marzuki"),
        QStringLiteral("Syamsul"), QStringLiteral("Darmawan"), QStringLiteral("Riko"), QStringLiteral("Ilham"),
        QStringLiteral("Fauzi"), QStringLiteral("Nasrul"), QStringLiteral("Erwin"), QStringLiteral("Hotman"),
        QStringLiteral("Sahat"), QStringLiteral("Wahyu"), QStringLiteral("Suryadi"), QStringLiteral("Ridwan"),
        QStringLiteral("Azhar"), QStringLiteral("Kurniawan"), QStringLiteral("Samsuddin"), QStringLiteral("Amri"),
        QStringLiteral("Edi"), QStringLiteral("Jamaluddin"), QStringLiteral("Mukhlis"), QStringLiteral("Herman"),
        QStringLiteral("Yudi"), QStringLiteral("Asnawi"), QStringLiteral("Novri"), QStringLiteral("Dodi"),
        QStringLiteral("Imam")};
    return names;
}

const QList<QString>& femaleFirstNames()
{
    static const QList<QString> names {QStringLiteral("Siti"), QStringLiteral("Nurul"), QStringLiteral("Dewi"),
        QStringLiteral("Sri"), QStringLiteral("Rina"), QStringLiteral("Yuli"), QStringLiteral("Fitri"),
        QStringLiteral("Ratna"), QStringLiteral("Lestari"), QStringLiteral("Wulan"), QStringLiteral("Nova"),
        QStringLiteral("Rahmawati"), QStringLiteral("Desi"), QStringLiteral("Eka"), QStringLiteral("Mardiana"),
        QStringLiteral("Yusnita"), QStringLiteral("Rosmawati"), QStringLiteral("Nurhayati"), QStringLiteral("Ernawati"),
        QStringLiteral("Herlina"), QStringLiteral("Kartini"), QStringLiteral("Ani"), QStringLiteral("Indah"),
        QStringLiteral("Maya"), QStringLiteral("Putri"), QStringLiteral("Rizki"), QStringLiteral("Susanti"),
        QStringLiteral("Yanti"), QStringLiteral("Zubaidah"), QStringLiteral("Masnah"), QStringLiteral("Lisna"),
        QStringLiteral("Erlina"), QStringLiteral("Febriyanti"), QStringLiteral("Ika"), QStringLiteral("Winda"),
        QStringLiteral("Dian"), QStringLiteral("Rahma"), QStringLiteral("Hafizah"), QStringLiteral("Nelly"),
        QStringLiteral("Evi"), QStringLiteral("Mutia"), QStringLiteral("Tiur"), QStringLiteral("Sartika")};
    return names;
}

const QList<QString>& maleSecondNames()
{
    static const QList<QString> names {QStringLiteral("Saputra"), QStringLiteral("Hidayat"), QStringLiteral("Santoso"),
        QStringLiteral("Pratama"), QStringLiteral("Syahputra"), QStringLiteral("Nasution"), QStringLiteral("Siregar"),
        QStringLiteral("Harahap"), QStringLiteral("Lubis"), QStringLiteral("Hasibuan"), QStringLiteral("Setiawan"),
        QStringLiteral("Gunawan"), QStringLiteral("Wijaya"), QStringLiteral("Kurniawan"), QStringLiteral("Effendi"),
        QStringLiteral("Hakim"), QStringLiteral("Rahman"), QStringLiteral("Ibrahim"), QStringLiteral("Ismail"),
        QStringLiteral("Nugroho"), QStringLiteral("Firmansyah"), QStringLiteral("Sulaiman"), QStringLiteral("Syarif"),
        QStringLiteral("Yunus"), QStringLiteral("Abdullah"), QStringLiteral("Rasyid"), QStringLiteral("Prasetyo"),
        QStringLiteral("Susilo"), QStringLiteral("Sitompul"), QStringLiteral("Mahmud"), QStringLiteral("Fadli"),
        QStringLiteral("Zainal"), QStringLiteral("Arifin"), QStringLiteral("Junaidi")};
    return names;
}

const QList<QString>& femaleSecondNames()
{
    static const QList<QString> names {QStringLiteral("Aminah"), QStringLiteral("Rahayu"), QStringLiteral("Wahyuni"),
        QStringLiteral("Handayani"), QStringLiteral("Susanti"), QStringLiteral("Marlina"), QStringLiteral("Nasution"),
        QStringLiteral("Siregar"), QStringLiteral("Lubis"), QStringLiteral("Fitriani"), QStringLiteral("Puspita"),
        QStringLiteral("Kusumawati"), QStringLiteral("Lestari"), QStringLiteral("Safitri"), QStringLiteral("Anggraini"),
        QStringLiteral("Oktaviani"), QStringLiteral("Yulianti"), QStringLiteral("Rosita"), QStringLiteral("Hasanah"),
        QStringLiteral("Khairunnisa"), QStringLiteral("Sari"), QStringLiteral("Agustina"), QStringLiteral("Ramadhani"),
        QStringLiteral("Permatasari"), QStringLiteral("Purnamasari"), QStringLiteral("Zahara"),
        QStringLiteral("Mulyani"), QStringLiteral("Harahap"), QStringLiteral("Novitasari"), QStringLiteral("Utami"),
        QStringLiteral("Juwita"), QStringLiteral("Maharani")};
    return names;
}

} // namespace

IndonesianNameGenerator::IndonesianNameGenerator(DemoRandom& random)
    : m_random(random)
{ }

QString IndonesianNameGenerator::name(Gender gender)
{
    const bool male = gender == Gender::Male;
    const auto& first = male ? maleFirstNames() : femaleFirstNames();
    const auto& second = male ? maleSecondNames() : femaleSecondNames();
    QString candidate = m_random.pick(first) + u' ' + m_random.pick(second);
    // A third name (or a longer one) keeps names unique in large data sets, as in real offices.
    for (int attempt = 0; m_used.contains(candidate); ++attempt) {
        const auto& pool = attempt % 2 == 0 ? first : second;
        candidate = m_random.pick(first) + u' ' + m_random.pick(pool) + u' ' + m_random.pick(second);
        if (attempt > 20) {
            candidate += u' ' + m_random.pick(second);
        }
    }
    m_used.insert(candidate);
    return candidate;
}

QString IndonesianNameGenerator::frontTitles(Gender gender, Education education, Field field, int age)
{
    QStringList titles;
    if (education == Education::Doctorate) {
        titles << QStringLiteral("Dr.");
    }
    if (age >= 40 && m_random.chance(0.18)) {
        titles << (gender == Gender::Male ? QStringLiteral("H.") : QStringLiteral("Hj."));
    }
    if (field == Field::Medicine) {
        titles << QStringLiteral("dr.");
    } else if (field == Field::Engineering && education != Education::Sma && education != Education::Diploma3
        && age >= 50 && m_random.chance(0.4)) {
        titles << QStringLiteral("Ir.");
    }
    return titles.join(u' ');
}

QString IndonesianNameGenerator::backTitles(Education education, Field field)
{
    QString bachelor;
    QString master;
    QString diploma;
    switch (field) {
    case Field::Education:
        bachelor = QStringLiteral("S.Pd.");
        master = QStringLiteral("M.Pd.");
        diploma = QStringLiteral("A.Md.");
        break;
    case Field::Economics:
        bachelor = QStringLiteral("S.E.");
        master = m_random.chance(0.5) ? QStringLiteral("M.M.") : QStringLiteral("M.Si.");
        diploma = QStringLiteral("A.Md.Ak.");
        break;
    case Field::Law:
        bachelor = QStringLiteral("S.H.");
        master = QStringLiteral("M.H.");
        diploma = QStringLiteral("A.Md.");
        break;
    case Field::Computing:
        bachelor = QStringLiteral("S.Kom.");
        master = QStringLiteral("M.Kom.");
        diploma = QStringLiteral("A.Md.Kom.");
        break;
    case Field::Health:
        bachelor = m_random.chance(0.5) ? QStringLiteral("S.K.M.") : QStringLiteral("S.Kep., Ners");
        master = QStringLiteral("M.Kes.");
        diploma = QStringLiteral("A.Md.Kep.");
        break;
    case Field::Medicine:
        bachelor.clear(); // the "dr." is a front title
        master = QStringLiteral("M.Kes.");
        diploma = QStringLiteral("A.Md.Kes.");
        break;
    case Field::Social:
        bachelor = QStringLiteral("S.Sos.");
        master = QStringLiteral("M.Si.");
        diploma = QStringLiteral("A.Md.");
        break;
    case Field::Engineering:
        bachelor = QStringLiteral("S.T.");
        master = QStringLiteral("M.T.");
        diploma = QStringLiteral("A.Md.T.");
        break;
    case Field::Administration:
        bachelor = m_random.chance(0.5) ? QStringLiteral("S.AP.") : QStringLiteral("S.IP.");
        master = QStringLiteral("M.AP.");
        diploma = QStringLiteral("A.Md.");
        break;
    }
    QStringList titles;
    switch (education) {
    case Education::Sma:
        break;
    case Education::Diploma3:
        titles << diploma;
        break;
    case Education::Bachelor:
        titles << bachelor;
        break;
    case Education::Master:
    case Education::Doctorate:
        titles << bachelor << master;
        break;
    }
    titles.removeAll(QString());
    return titles.join(QStringLiteral(", "));
}

} // namespace kinerja
