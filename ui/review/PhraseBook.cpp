// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/PhraseBook.h"

#include "ui/settings/AppSettings.h"

namespace kinerja {

PhraseBook::PhraseBook(const QUuid& employeeId)
    : m_employeeId(employeeId)
{ }

QStringList PhraseBook::starterPhrases()
{
    return {
        QStringLiteral("Capaian sudah sesuai target; pertahankan dan bagikan cara kerjanya kepada rekan tim."),
        QStringLiteral("Realisasi belum mencapai target; susun rencana aksi untuk periode berikutnya."),
        QStringLiteral("Lengkapi bukti dukung agar capaian dapat diverifikasi."),
        QStringLiteral("Tingkatkan koordinasi dengan unit kerja terkait."),
        QStringLiteral("Laporan disampaikan tepat waktu dan tertib."),
    };
}

QStringList PhraseBook::phrases() const
{
    return AppSettings().feedbackPhrases(m_employeeId).value_or(starterPhrases());
}

bool PhraseBook::add(const QString& phrase)
{
    const auto text = phrase.trimmed();
    auto list = phrases();
    if (text.isEmpty() || list.contains(text)) {
        return false;
    }
    list.append(text);
    store(list);
    return true;
}

bool PhraseBook::remove(const QString& phrase)
{
    auto list = phrases();
    if (!list.removeOne(phrase.trimmed())) {
        return false;
    }
    store(list);
    return true;
}

void PhraseBook::store(const QStringList& phrases)
{
    AppSettings settings;
    settings.setFeedbackPhrases(m_employeeId, phrases);
    settings.sync();
}

} // namespace kinerja
