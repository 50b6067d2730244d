// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/IndicatorAspect.h"

#include <QList>
#include <QString>

namespace kinerja {

/**
 * The Indonesian texts of the demo plans (kinerja-cli demo): Rencana Hasil Kerja with their indicators, rencana
 * aksi, realisasi and umpan balik, by topic (JambiOrgChart::Seat::topic). Pure data.
 */
class DemoPlanTexts
{
public:
    struct IndicatorText
    {
        QString text;
        IndicatorAspect aspect = IndicatorAspect::Quantity;
        int target = 0;
        QString unit;
        IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
    };
    struct ResultText
    {
        QString text;
        QList<IndicatorText> indicators;
    };

    /// Work results for a seat with this topic; heads get the results of their unit (`unitName`).
    static QList<ResultText> results(const QString& topic, bool head, const QString& unitName);
    /// The agency's own example: complaints handled, with "Waktu rata-rata penyelesaian pengaduan masyarakat"
    /// (lower is better, target 3 hari).
    static ResultText complaintResult(bool head);
    /// The exact text of the complaint-response-time indicator.
    static QString complaintIndicatorText();
    /// An additional result (hasil kerja tambahan).
    static QList<ResultText> additionalResults();
    static QList<QString> actionPlans();
    static QList<QString> realizationNotes();
    static QList<QString> resultFeedback();
    static QList<QString> behaviorFeedback();
    static QList<QString> returnNotes();
    /// What an employee asks an invited colleague (rekan kerja) to look at, and what colleagues write back.
    static QList<QString> colleagueRequests();
    static QList<QString> colleagueNotes();
    static QList<QString> competencyActivities();
};

} // namespace kinerja
