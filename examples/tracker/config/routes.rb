Rails.application.routes.draw do
  resources :tickets, only: [:index, :show] do
    collection do
      get :export
      get :board
      get :search
    end
  end
end
