#pragma once

#include "ExchangeFormatter.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters the inspector's exchanges by endpoint (token, request, check, search, control) and by
// outcome (ok, business error, HTTP error, network error); keeps the newest first.
class ExchangeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeFilterModel)

public:
    explicit ExchangeFilterModel(QObject *parent = nullptr);
    ~ExchangeFilterModel() override;

    // std::nullopt shows every endpoint / outcome.
    void setEndpointFilter(std::optional<ExchangeFormatter::Endpoint> endpoint);
    void setOutcomeFilter(std::optional<ExchangeFormatter::OutcomeKind> outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ExchangeFormatter::Endpoint> m_endpoint;
    std::optional<ExchangeFormatter::OutcomeKind> m_outcome;
};
