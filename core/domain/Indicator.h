// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/IndicatorAspect.h"
#include "core/domain/IndicatorTarget.h"
#include "core/domain/Perspective.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * Which way an indicator improves; drives the informative capaian % (Achievement, domain.md 4.9(b)).
 * LowerIsBetter is the "kondisi khusus" of PermenPANRB 8/2021: time, cost, response time to complaints.
 */
enum class IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter
};

/**
 * Indikator Kinerja Individu (IKI) of one RHK (domain.md 2.4, 2.5).
 * Quantitative approach: aspect, indicator text, a numeric (or range) target and its satuan.
 * Qualitative approach: the target is a narrative holding measure and target (and, for JPT, perspective) in one
 * text; `text` may stay empty. `perspective` is used on JPT forms only.
 */
struct Indicator
{
    QUuid id;
    IndicatorAspect aspect = IndicatorAspect::Quantity;
    QString text; ///< "Jumlah laporan yang disusun tepat waktu"
    IndicatorTarget target;
    QString unit; ///< satuan: "dokumen", "%", "hari"; empty for a narrative target
    std::optional<Perspective> perspective; ///< JPT only
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter;

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

} // namespace kinerja
